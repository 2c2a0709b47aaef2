#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

/// Merges a contact's local and remote synced fields (SyncedFields) field by field, with
/// the last synced values as the base (sync.md, Conflicts). Pure: no database, no network.
class ThreeWayMerge {
public:
    struct FieldConflict {
        QString field;
        QJsonValue local;
        QJsonValue remote;
    };
    struct Result {
        /// The local contact's new values: only the fields the remote side carries.
        QJsonObject merged;
        /// Fields changed on both sides to different values: the remote value won in
        /// `merged`, the local one is listed here.
        QList<FieldConflict> conflicts;
    };

    /// Only the fields `remote` carries are merged. Without a base (a contact found on both
    /// sides by its phone) every field that differs counts as changed on both sides. Tags and
    /// labels merge as sets: the remote list, plus the local additions, minus the local
    /// removals (case-insensitively).
    static Result merge(const std::optional<QJsonObject>& base, const QJsonObject& local,
                        const QJsonObject& remote);
};
