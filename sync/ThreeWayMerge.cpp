#include "ThreeWayMerge.h"

#include "SyncedFields.h"

#include <QJsonArray>
#include <QSet>

namespace {

QJsonArray mergedSet(const QJsonArray& base, const QJsonArray& local, const QJsonArray& remote)
{
    const QSet<QString> baseKeys = SyncedFields::foldedSet(base);
    const QSet<QString> localKeys = SyncedFields::foldedSet(local);
    QSet<QString> removedHere;
    for (const QString& key : baseKeys) {
        if (!localKeys.contains(key))
            removedHere.insert(key);
    }
    QJsonArray merged;
    QSet<QString> kept;
    const auto keep = [&](const QJsonValue& item) {
        const QString key = item.toString().toCaseFolded();
        if (!removedHere.contains(key) && !kept.contains(key)) {
            kept.insert(key);
            merged.append(item);
        }
    };
    for (const QJsonValue& item : remote)
        keep(item);
    for (const QJsonValue& item : local) {
        if (!baseKeys.contains(item.toString().toCaseFolded())) // added here
            keep(item);
    }
    return merged;
}

} // namespace

ThreeWayMerge::Result ThreeWayMerge::merge(const std::optional<QJsonObject>& base,
                                           const QJsonObject& local, const QJsonObject& remote)
{
    Result result;
    for (auto it = remote.begin(); it != remote.end(); ++it) {
        const QString& field = it.key();
        const QJsonValue theirs = it.value();
        const QJsonValue mine = local.value(field);
        const bool hasBase = base && base->contains(field);
        if (field == u"tags" || field == u"labels") {
            const QJsonArray baseList = hasBase ? base->value(field).toArray() : QJsonArray();
            result.merged.insert(field, mergedSet(baseList, mine.toArray(), theirs.toArray()));
            continue;
        }
        const bool changedHere = !hasBase || !SyncedFields::same(field, base->value(field), mine);
        const bool changedThere =
            !hasBase || !SyncedFields::same(field, base->value(field), theirs);
        if (!changedThere) {
            result.merged.insert(field, mine);
        } else if (!changedHere || SyncedFields::same(field, mine, theirs)) {
            result.merged.insert(field, theirs);
        } else {
            result.merged.insert(field, theirs);
            result.conflicts.append({field, mine, theirs});
        }
    }
    return result;
}
