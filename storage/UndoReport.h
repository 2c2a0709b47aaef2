#pragma once

#include <QList>
#include <QString>

#include <optional>

/// What undoing an operation did (OperationUndo): its own operation, how many contacts it
/// reverted, and the contacts it left as they are, with why.
struct UndoReport {
    struct Skipped {
        QString contactId;
        QString reason; ///< "changed since", "deleted since", "back already", "phone taken"
        std::optional<QString> name; ///< as the contact is now, or was when deleted
        QString phone;               ///< empty when no longer known
    };

    qint64 operationId = 0; ///< the undo's own operation (itself undoable)
    qint64 reverted = 0;
    qint64 skippedCount = 0;
    QList<Skipped> skipped; ///< the first maxListed of them

    static constexpr qsizetype maxListed = 1000;

    /// Counts a contact left as it is, and lists it while the list has room.
    void skip(const QString& contactId, const QString& reason,
              const std::optional<QString>& name = std::nullopt, const QString& phone = {})
    {
        ++skippedCount;
        if (skipped.size() < maxListed)
            skipped.append({contactId, reason, name, phone});
    }
    /// Whether the next skip() is listed: what it takes to name it need not be looked up.
    bool listsMore() const { return skipped.size() < maxListed; }
};
