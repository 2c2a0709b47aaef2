#include "JournalCommand.h"

#include "ContactJson.h"
#include "ContactStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace {

const QString afterOption = QStringLiteral("after");
const QString limitOption = QStringLiteral("limit");

} // namespace

QString JournalCommand::summary() const
{
    return QStringLiteral("Show the change journal (for debugging sync).");
}

QString JournalCommand::description() const
{
    return QStringLiteral("Prints the entries of the change journal after a sequence number, "
                          "oldest first, as {\"entries\": [...]}. Not part of the API.");
}

void JournalCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        afterOption, QStringLiteral("Only entries after this sequence number (default 0)."),
        QStringLiteral("n")));
    parser.addOption(
        QCommandLineOption(limitOption,
                           QStringLiteral("At most this many entries (default %1, at most %2).")
                               .arg(defaultLimit)
                               .arg(maxLimit),
                           QStringLiteral("n")));
}

std::expected<void, QString> JournalCommand::prepare(const QCommandLineParser& parser,
                                                     const QStringList&)
{
    // These are not API parameters, so a bad value is a usage error rather than a 400.
    if (parser.isSet(afterOption)) {
        bool ok = false;
        m_after = parser.value(afterOption).toLongLong(&ok);
        if (!ok || m_after < 0) {
            return std::unexpected(
                QStringLiteral("--after expects a sequence number >= 0, got '%1'")
                    .arg(parser.value(afterOption)));
        }
    }
    if (parser.isSet(limitOption)) {
        bool ok = false;
        m_limit = parser.value(limitOption).toInt(&ok);
        if (!ok || m_limit < 1 || m_limit > maxLimit) {
            return std::unexpected(QStringLiteral("--limit expects a number from 1 to %1, got '%2'")
                                       .arg(maxLimit)
                                       .arg(parser.value(limitOption)));
        }
    }
    return {};
}

ApiResult<QJsonObject> JournalCommand::execute(ContactStore& store)
{
    const ApiResult<QList<JournalEntry>> entries = store.journal(m_after, m_limit);
    if (!entries) {
        return std::unexpected(entries.error());
    }
    QJsonArray array;
    for (const JournalEntry& entry : *entries) {
        array.append(ContactJson::journalEntry(entry));
    }
    return ContactJson::success(QJsonObject{{QStringLiteral("entries"), array}});
}
