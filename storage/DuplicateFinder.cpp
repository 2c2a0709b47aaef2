#include "DuplicateFinder.h"

#include "ContactDatabase.h"
#include "ContactRows.h"
#include "DuplicateKeys.h"
#include "SqlRow.h"
#include "SqlTransaction.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <numeric>
#include <vector>

namespace {

/// The kinds of key, in the order of DuplicateGroup's reasons.
enum KeyKind { EmailKey, NameKey, PhoneKey, keyKinds };

const std::array<QString, keyKinds>& reasonNames()
{
    static const std::array<QString, keyKinds> names{
        QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone")};
    return names;
}

std::array<QString, keyKinds> keysOf(const QString& phone, const QString& nameKey,
                                     const QString& email, const QString& countryCode)
{
    return {DuplicateKeys::email(email), DuplicateKeys::name(nameKey, countryCode, phone),
            DuplicateKeys::phone(phone)};
}

/// A key's hash with its kind mixed in, and the scanned contact it belongs to. The scan
/// keeps 64-bit hashes, not strings (16 bytes a key): two different keys that hash alike (odds
/// of about 1 in 10^7 for a scan of 1,000,000 contacts) would join two unrelated contacts.
struct KeyEntry {
    size_t hash = 0;
    qint32 index = 0;
    friend bool operator<(const KeyEntry& a, const KeyEntry& b)
    {
        return a.hash < b.hash || (a.hash == b.hash && a.index < b.index);
    }
};

class DisjointSets {
public:
    explicit DisjointSets(qsizetype size) : m_parent(size)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    qint32 root(qint32 item)
    {
        while (m_parent[item] != item) {
            m_parent[item] = m_parent[m_parent[item]];
            item = m_parent[item];
        }
        return item;
    }
    void join(qint32 a, qint32 b)
    {
        a = root(a);
        b = root(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<qint32> m_parent;
};

constexpr int readStep = 5000;

} // namespace

DuplicateFinder::DuplicateFinder(ContactDatabase& database, Organization organization)
    : m_db(database), m_organization(std::move(organization))
{}

ApiResult<QList<DuplicateGroup>> DuplicateFinder::find(qsizetype withContacts)
{
    // One snapshot: the scan and the contacts read after it agree.
    SqlTransaction transaction(m_db, SqlTransaction::Read);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    auto total = m_db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE org_id = ?"),
                             {m_organization.rowId});
    if (!total)
        return std::unexpected(total.error());
    std::vector<qint64> rowIds;
    rowIds.reserve(*total);
    std::vector<KeyEntry> keys;
    keys.reserve(*total * keyKinds); // at most; growing it would copy it
    // Each contact's key hashes by kind (0: no key), for the groups' reasons.
    std::vector<std::array<size_t, keyKinds>> rowKeys;
    rowKeys.reserve(*total);
    auto scanned = m_db.forEachRow(
        // In row id order, so that each group's root is its oldest contact.
        QStringLiteral("SELECT id, phone, name_key, email, country_code FROM contacts"
                       " WHERE org_id = ? ORDER BY id"),
        {m_organization.rowId}, [&](const SqlRow& row) {
            const auto index = qint32(rowIds.size());
            rowIds.push_back(row.integer(0));
            const auto found = keysOf(row.text(1), row.text(2), row.text(3), row.text(4));
            std::array<size_t, keyKinds> hashes{};
            for (int kind = 0; kind < keyKinds; ++kind) {
                if (found[kind].isEmpty())
                    continue;
                // Never 0, which stands for no key.
                hashes[kind] = qHash(found[kind], size_t(kind) + 1) | 1;
                keys.push_back({hashes[kind], index});
            }
            rowKeys.push_back(hashes);
            if (m_progress && rowIds.size() % 50000 == 0)
                m_progress(qint64(rowIds.size()), *total);
            return true;
        });
    if (!scanned)
        return std::unexpected(scanned.error());
    if (m_progress)
        m_progress(qint64(rowIds.size()), qint64(rowIds.size()));

    std::sort(keys.begin(), keys.end());
    DisjointSets sets(qsizetype(rowIds.size()));
    std::vector<bool> grouped(rowIds.size());
    for (size_t first = 0; first < keys.size();) {
        size_t end = first + 1;
        while (end < keys.size() && keys[end].hash == keys[first].hash)
            ++end;
        if (end - first >= 2 && end - first <= size_t(maxSharing)) {
            for (size_t i = first; i < end; ++i) {
                sets.join(keys[first].index, keys[i].index);
                grouped[keys[i].index] = true;
            }
        }
        first = end;
    }
    keys = {};

    // Groups by their root, which is their first scanned (oldest) contact.
    QHash<qint32, qsizetype> groupOfRoot;
    QList<QList<qint32>> members;
    for (qint32 index = 0; index < qint32(rowIds.size()); ++index) {
        if (!grouped[index])
            continue;
        const qint32 root = sets.root(index);
        auto it = groupOfRoot.find(root);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(root, members.size());
            members.append(QList<qint32>());
        }
        members[*it].append(index);
    }

    QList<DuplicateGroup> groups;
    groups.reserve(members.size());
    for (const QList<qint32>& indexes : std::as_const(members)) {
        DuplicateGroup group;
        for (const qint32 index : indexes)
            group.rowIds.append(rowIds[index]);
        for (int kind = 0; kind < keyKinds; ++kind) {
            QSet<size_t> seen;
            for (const qint32 index : indexes) {
                const size_t hash = rowKeys[index][kind];
                if (hash == 0)
                    continue;
                if (seen.contains(hash)) {
                    group.reasons.append(reasonNames()[kind]);
                    break;
                }
                seen.insert(hash);
            }
        }
        groups.append(std::move(group));
    }
    if (auto read = readContacts(groups, withContacts); !read)
        return std::unexpected(read.error());
    if (auto ended = transaction.commit(); !ended)
        return std::unexpected(ended.error());
    return groups;
}

ApiResult<void> DuplicateFinder::readContacts(QList<DuplicateGroup>& groups, qsizetype count)
{
    QList<qint64> chunk;
    qsizetype from = 0;
    const auto readChunk = [&](qsizetype until) -> ApiResult<void> {
        auto contacts = ContactRows::read(m_db, chunk);
        if (!contacts)
            return std::unexpected(contacts.error());
        QHash<qint64, Contact> byRowId;
        for (Contact& contact : *contacts)
            byRowId.insert(contact.rowId, std::move(contact));
        for (qsizetype g = from; g < until; ++g) {
            for (const qint64 rowId : std::as_const(groups[g].rowIds)) {
                if (const auto it = byRowId.constFind(rowId); it != byRowId.constEnd())
                    groups[g].contacts.append(*it);
            }
        }
        chunk.clear();
        from = until;
        return {};
    };
    const qsizetype last = std::min(count, groups.size());
    for (qsizetype g = 0; g < last; ++g) {
        chunk += groups[g].rowIds;
        if (chunk.size() >= readStep || g + 1 == last) {
            if (auto read = readChunk(g + 1); !read)
                return read;
        }
    }
    return {};
}
