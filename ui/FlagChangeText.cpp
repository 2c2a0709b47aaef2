#include "FlagChangeText.h"

#include <QLocale>

QString FlagChangeText::method(const WriteOrigin& origin)
{
    switch (origin.method) {
    case WriteOrigin::Method::Editor:
        return tr("in the editor");
    case WriteOrigin::Method::Batch:
        return tr("batch action");
    case WriteOrigin::Method::Import:
        return origin.detail.isEmpty() ? tr("import") : tr("import of %1").arg(origin.detail);
    case WriteOrigin::Method::Api:
        return tr("API");
    case WriteOrigin::Method::Sync:
        return tr("sync");
    case WriteOrigin::Method::CommandLine:
        return tr("command line");
    case WriteOrigin::Method::Undo:
        return tr("undo");
    case WriteOrigin::Method::Merge:
        return tr("merge");
    }
    return {};
}

QString FlagChangeText::describe(const FlagChange& change)
{
    QString what;
    if (change.flag == FlagChange::Flag::OptedIn)
        what = change.value ? tr("Opted in") : tr("Opted out");
    else
        what = change.value ? tr("Blocked") : tr("Unblocked");
    const QString when = QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat);
    QString text =
        change.origin.actor.isEmpty()
            ? tr("%1 on %2, %3").arg(what, when, method(change.origin))
            : tr("%1 on %2 by %3, %4").arg(what, when, change.origin.actor, method(change.origin));
    if (!change.origin.note.isEmpty())
        text += tr(": “%1”").arg(change.origin.note);
    return text;
}

QString FlagChangeText::summary(const QList<FlagChange>& changes, int count)
{
    if (changes.isEmpty())
        return tr("No opt-in or block change recorded.");
    QStringList lines;
    for (qsizetype i = changes.size() - 1; i >= 0 && lines.size() < count; --i)
        lines.append(describe(changes.at(i)));
    return lines.join(u'\n');
}
