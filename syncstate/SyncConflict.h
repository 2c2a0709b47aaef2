#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

/// A local value sync could not apply (sync.md, Conflicts): the server's value stayed, the
/// local one is kept here until the user re-applies it ("keep mine") or lets it go.
struct SyncConflict {
    enum class Kind {
        Field = 0,           ///< a field changed on both sides; the server's value stayed
        DeletedOnServer = 1, ///< edited here, deleted on the server: the local copy is kept
        DeletedLocally = 2,  ///< deleted here, edited on the server: the server's copy is kept
    };

    qint64 id = 0;
    QString contactId; ///< the local contact's id (gone for the deleted kinds)
    QString phone;
    std::optional<QString> name;
    Kind kind = Kind::Field;
    QString field; ///< the PATCH name of the field (`name`, `tags`, ...); empty for a deletion
    QJsonValue localValue;  ///< the field's local value, or the whole local contact
    QJsonValue remoteValue; ///< the field's server value, or the whole server contact
    QDateTime at;
};
