#include "ConflictsDialog.h"

#include "ConflictList.h"
#include "MessageLabel.h"
#include "PhoneNumbers.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString fieldTitle(const QString& field)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ConflictsDialog", "Name")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ConflictsDialog", "Email")},
        {QStringLiteral("country_code"), QT_TRANSLATE_NOOP("ConflictsDialog", "Country")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("ConflictsDialog", "Tags")},
        {QStringLiteral("labels"), QT_TRANSLATE_NOOP("ConflictsDialog", "Labels")},
        {QStringLiteral("params"), QT_TRANSLATE_NOOP("ConflictsDialog", "Custom fields")},
        {QStringLiteral("opted_in"), QT_TRANSLATE_NOOP("ConflictsDialog", "Opted in")},
        {QStringLiteral("is_blocked"), QT_TRANSLATE_NOOP("ConflictsDialog", "Blocked")},
    };
    const auto title = titles.constFind(field);
    return title == titles.cend() ? field : ConflictsDialog::tr(*title);
}

// A field's value as the table shows it.
QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return ConflictsDialog::tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? ConflictsDialog::tr("Yes") : ConflictsDialog::tr("No");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::String:
        return value.toString().isEmpty() ? ConflictsDialog::tr("(empty)") : value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(item.isString() ? item.toString() : valueText(item));
        return items.isEmpty() ? ConflictsDialog::tr("(none)") : items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList pairs;
        for (auto it = object.begin(); it != object.end(); ++it)
            pairs.append(it.key() + QStringLiteral(": ") + valueText(it.value()));
        return pairs.isEmpty() ? ConflictsDialog::tr("(none)") : pairs.join(QStringLiteral("; "));
    }
    }
    return {};
}

// A deleted kind's snapshot (GET shape) in a few lines: what "keep" would restore.
QString snapshotText(const QJsonValue& snapshot)
{
    const QJsonObject contact = snapshot.toObject();
    QStringList lines;
    // These fields have the same key in the GET shape as in a PATCH, which fieldTitle() names.
    for (const QString& field :
         {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("tags"),
          QStringLiteral("labels"), QStringLiteral("params")}) {
        const QJsonValue value = contact.value(field);
        if (value.isNull() || value.isUndefined())
            continue;
        if (const QString text = valueText(value); !text.isEmpty())
            lines.append(fieldTitle(field) + QStringLiteral(": ") + text);
    }
    return lines.join(u'\n');
}

QTableWidgetItem* item(const QString& text, const QString& tip = {})
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    cell->setToolTip(tip.isEmpty() ? text : tip);
    return cell;
}

} // namespace

ConflictsDialog::ConflictsDialog(ConflictList* conflicts, QWidget* parent)
    : QDialog(parent), m_conflicts(conflicts), m_table(new QTableWidget(0, ColumnCount)),
      m_empty(new QLabel(tr("No conflicts: every change here and on the server could be "
                            "merged."))),
      m_error(new MessageLabel), m_keepMine(new QPushButton(tr("Keep &Mine"))),
      m_keepTheirs(new QPushButton(tr("Keep &Theirs")))
{
    setWindowTitle(tr("Sync Conflicts"));
    auto* intro = new QLabel(
        tr("These fields were changed here and on the server since the last sync. The server's "
           "value is in place; \"Keep Mine\" sends yours on the next sync."));
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setAccessibleDescription(
        tr("Each field changed on both sides: the contact, the field, your value and the "
           "server's; Keep Mine or Keep Theirs applies to the selected rows"));
    m_table->setHorizontalHeaderLabels(
        {tr("Contact"), tr("Field"), tr("Mine"), tr("Theirs"), tr("When")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    m_keepMine->setToolTip(tr("Apply your values again; the next sync sends them"));
    m_keepTheirs->setToolTip(tr("Keep the server's values and close the conflicts"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictsDialog::keepMine);
    connect(m_keepTheirs, &QPushButton::clicked, this, &ConflictsDialog::keepTheirs);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictsDialog::updateButtons);
    connect(m_conflicts, &ConflictList::busyChanged, this, &ConflictsDialog::updateBusy);
    connect(m_conflicts, &ConflictList::conflictsRead, this, &ConflictsDialog::showConflicts);
    connect(m_conflicts, &ConflictList::readFailed, m_error, &MessageLabel::showError);
    connect(m_conflicts, &ConflictList::resolved, this, &ConflictsDialog::onResolved);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 420);
    updateButtons();
    reload();
}

void ConflictsDialog::reload()
{
    m_conflicts->reload();
}

bool ConflictsDialog::isBusy() const
{
    return m_conflicts->isBusy();
}

void ConflictsDialog::showConflicts()
{
    const QList<SyncConflict>& conflicts = m_conflicts->conflicts();
    m_table->setRowCount(0);
    m_table->setRowCount(int(conflicts.size()));
    const QLocale locale;
    for (int row = 0; row < conflicts.size(); ++row) {
        const SyncConflict& conflict = conflicts.at(row);
        const QString phone = PhoneNumbers::formatInternational(conflict.phone);
        const QString contact = conflict.name && !conflict.name->isEmpty()
                                    ? *conflict.name + QStringLiteral(" · ") + phone
                                    : phone;
        QTableWidgetItem* contactItem = item(contact);
        contactItem->setData(ConflictIdRole, conflict.id);
        m_table->setItem(row, ContactColumn, contactItem);
        QString field, mine, theirs;
        switch (conflict.kind) {
        case SyncConflict::Kind::Field:
            field = fieldTitle(conflict.field);
            mine = valueText(conflict.localValue);
            theirs = valueText(conflict.remoteValue);
            break;
        case SyncConflict::Kind::DeletedOnServer:
            field = tr("Deleted on server");
            mine = tr("Edited here: keep to restore it");
            theirs = tr("Deleted");
            break;
        case SyncConflict::Kind::DeletedLocally:
            field = tr("Deleted here");
            mine = tr("Deleted");
            theirs = tr("Edited on the server: keep to restore it");
            break;
        }
        m_table->setItem(row, FieldColumn, item(field));
        const bool kept = conflict.kind != SyncConflict::Kind::Field;
        m_table->setItem(row, MineColumn,
                         item(mine, kept ? snapshotText(conflict.localValue) : QString()));
        m_table->setItem(row, TheirsColumn,
                         item(theirs, kept ? snapshotText(conflict.remoteValue) : QString()));
        m_table->setItem(row, WhenColumn,
                         item(locale.toString(conflict.at.toLocalTime(), QLocale::ShortFormat),
                              locale.toString(conflict.at.toLocalTime(), QLocale::LongFormat)));
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    m_table->setVisible(!conflicts.isEmpty());
    m_empty->setVisible(conflicts.isEmpty());
    // A current row, chosen by no one: Space chooses it from the keyboard (the table, which
    // keeps the focus as it is read again, would otherwise have none until Down).
    if (!conflicts.isEmpty())
        m_table->selectionModel()->setCurrentIndex(m_table->model()->index(0, ContactColumn),
                                                   QItemSelectionModel::NoUpdate);
    updateButtons();
}

void ConflictsDialog::keepMine()
{
    resolveSelected(true);
}

void ConflictsDialog::keepTheirs()
{
    resolveSelected(false);
}

void ConflictsDialog::resolveSelected(bool keepMine)
{
    QList<qint64> ids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows(ContactColumn))
        ids.append(row.data(ConflictIdRole).toLongLong());
    if (ids.isEmpty() || isBusy())
        return;
    m_error->clearMessage();
    m_conflicts->resolve(ids, keepMine);
}

void ConflictsDialog::onResolved(const QStringList& errors)
{
    if (!errors.isEmpty())
        m_error->showError(tr("Some conflicts stay open: %1").arg(errors.join(u'\n')));
    emit conflictsResolved();
}

void ConflictsDialog::updateBusy()
{
    setCursor(isBusy() ? Qt::BusyCursor : Qt::ArrowCursor);
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_keepMine->setEnabled(selected && !isBusy());
    m_keepTheirs->setEnabled(selected && !isBusy());
}
