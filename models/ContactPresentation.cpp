#include "ContactPresentation.h"

#include "ContactTableModel.h"
#include "PhoneNumbers.h"

#include <QLocale>

namespace {

QVariant localTime(const std::optional<QDateTime>& at)
{
    return at ? QVariant(at->toLocalTime()) : QVariant();
}

} // namespace

QVariant ContactPresentation::data(const Contact& contact, const SyncMark& sync, int column,
                                   int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(contact, column);
    case Qt::EditRole:
        return edit(contact, column);
    case Qt::ToolTipRole:
        return toolTip(contact, sync, column);
    case Qt::DecorationRole:
        return decoration(contact, sync, column);
    case Qt::TextAlignmentRole:
        if (column == ContactTableModel::ConversationsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant ContactPresentation::headerData(int column, int role, bool sortable) const
{
    switch (role) {
    case Qt::DisplayRole: {
        static const char* const titles[ContactTableModel::ColumnCount] = {
            QT_TRANSLATE_NOOP("ContactTableModel", "Name"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Phone"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Email"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Country"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Tags"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Labels"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Source"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Opted in"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Blocked"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Last message"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Conversations"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Created"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Updated")};
        return tr(titles[column]);
    }
    case Qt::ToolTipRole:
        return sortable ? QVariant() : QVariant(tr("This column cannot be sorted"));
    case Qt::InitialSortOrderRole:
        // Dates read newest first; names A to Z.
        return int(column == ContactTableModel::NameColumn ? Qt::AscendingOrder
                                                           : Qt::DescendingOrder);
    default:
        return {};
    }
}

QVariant ContactPresentation::display(const Contact& c, int column) const
{
    switch (column) {
    case ContactTableModel::NameColumn:
        return c.name.value_or(QString());
    case ContactTableModel::PhoneColumn:
        return PhoneNumbers::formatInternational(c.phone);
    case ContactTableModel::EmailColumn:
        return c.email.value_or(QString());
    case ContactTableModel::CountryColumn:
        return c.countryCode.value_or(QString());
    case ContactTableModel::TagsColumn:
        return c.tags.join(QStringLiteral(", "));
    case ContactTableModel::LabelsColumn:
        return c.labels.join(QStringLiteral(", "));
    case ContactTableModel::SourceColumn:
        return c.source;
    case ContactTableModel::OptedInColumn:
        return c.optedIn ? tr("Yes") : tr("No");
    case ContactTableModel::BlockedColumn:
        return c.isBlocked ? tr("Yes") : tr("No");
    case ContactTableModel::LastMessageColumn:
        return localTime(c.lastMessageAt);
    case ContactTableModel::ConversationsColumn:
        return c.conversationCount;
    case ContactTableModel::CreatedColumn:
        return localTime(c.createdAt);
    case ContactTableModel::UpdatedColumn:
        return localTime(c.updatedAt);
    default:
        return {};
    }
}

QVariant ContactPresentation::edit(const Contact& c, int column) const
{
    switch (column) {
    case ContactTableModel::PhoneColumn:
        return c.phone; // E.164, as the store and the API take it
    case ContactTableModel::TagsColumn:
        return c.tags;
    case ContactTableModel::LabelsColumn:
        return c.labels;
    case ContactTableModel::OptedInColumn:
        return c.optedIn;
    case ContactTableModel::BlockedColumn:
        return c.isBlocked;
    case ContactTableModel::LastMessageColumn:
        return c.lastMessageAt ? QVariant(*c.lastMessageAt) : QVariant();
    case ContactTableModel::CreatedColumn:
        return c.createdAt;
    case ContactTableModel::UpdatedColumn:
        return c.updatedAt;
    default:
        return display(c, column);
    }
}

QVariant ContactPresentation::toolTip(const Contact& c, const SyncMark& sync, int column) const
{
    const QLocale locale;
    const auto longTime = [&locale](const QDateTime& at) {
        return locale.toString(at.toLocalTime(), QLocale::LongFormat);
    };
    switch (column) {
    case ContactTableModel::NameColumn: {
        QStringList lines = {c.name.value_or(tr("(no name)")),
                             PhoneNumbers::formatInternational(c.phone)};
        if (c.isBlocked)
            lines.append(tr("Blocked: messages from this contact are ignored"));
        if (!c.optedIn)
            lines.append(tr("Opted out: do not send marketing messages"));
        if (sync.state != SyncState::Synced)
            lines.append(syncText(sync));
        return lines.join(u'\n');
    }
    case ContactTableModel::PhoneColumn:
        return c.phone;
    case ContactTableModel::TagsColumn:
        return c.tags.join(u'\n');
    case ContactTableModel::LabelsColumn:
        return c.labels.join(u'\n');
    case ContactTableModel::OptedInColumn:
        return c.optedIn ? tr("Opted in to messages")
                         : tr("Opted out: do not send marketing messages");
    case ContactTableModel::BlockedColumn:
        return c.isBlocked ? tr("Blocked: messages from this contact are ignored") : QVariant();
    case ContactTableModel::LastMessageColumn:
        return c.lastMessageAt ? QVariant(longTime(*c.lastMessageAt)) : QVariant(tr("No messages"));
    case ContactTableModel::CreatedColumn:
        return longTime(c.createdAt);
    case ContactTableModel::UpdatedColumn:
        return longTime(c.updatedAt);
    default: {
        const QVariant text = display(c, column);
        return text.toString().isEmpty() ? QVariant() : text;
    }
    }
}

QString ContactPresentation::syncText(const SyncMark& sync) const
{
    switch (sync.state) {
    case SyncState::Pending:
        return tr("Not synced yet: changes wait for the next sync");
    case SyncState::Conflict:
        return tr("Sync conflict: changed here and on the server (Sync ▸ Conflicts…)");
    case SyncState::Error:
        return sync.error.isEmpty() ? tr("Sync failed for this contact")
                                    : tr("Sync failed for this contact: %1").arg(sync.error);
    case SyncState::Synced:
        break;
    }
    return {};
}

QVariant ContactPresentation::decoration(const Contact& c, const SyncMark& sync, int column) const
{
    switch (column) {
    case ContactTableModel::NameColumn:
        // Only the exceptions: most contacts have not opted in (the API's default), and a
        // marker on nearly every name would hide the others. Sync's marks come first: the
        // Blocked column still shows a blocked contact.
        if (sync.state != SyncState::Synced)
            return m_icons.sync(sync.state);
        return c.isBlocked ? QVariant(m_icons.blocked()) : QVariant();
    case ContactTableModel::BlockedColumn:
        return c.isBlocked ? QVariant(m_icons.blocked()) : QVariant();
    case ContactTableModel::OptedInColumn:
        return c.optedIn ? QVariant() : QVariant(m_icons.optedOut());
    default:
        return {};
    }
}
