#include "DuplicateFinder.h"

#include "ContactDatabase.h"
#include "ContactRows.h"
#include "DuplicateKeys.h"
#include "SqlRow.h"
#include "TextFold.h"

#include <QHash>

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
/// keeps hashes, not strings (16 bytes a key at 1,000,000 contacts); a collision can only
/// join a group, and the groups' reasons are worked out again from the contacts themselves.
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

ApiResult<QList<DuplicateGroup>> DuplicateFinder::find()
{
    auto total = m_db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE org_id = ?"),
                             {m_organization.rowId});
    if (!total)
        return std::unexpected(total.error());
    std::vector<qint64> rowIds;
    rowIds.reserve(*total);
    std::vector<KeyEntry> keys;
    keys.reserve(*total * 2);
    auto scanned = m_db.forEachRow(
        // In row id order, so that each group's root is its oldest contact.
        QStringLiteral("SELECT id, phone, name_key, email, country_code FROM contacts"
                       " WHERE org_id = ? ORDER BY id"),
        {m_organization.rowId}, [&](const SqlRow& row) {
            const auto index = qint32(rowIds.size());
            rowIds.push_back(row.integer(0));
            const auto found = keysOf(row.text(1), row.text(2), row.text(3), row.text(4));
            for (int kind = 0; kind < keyKinds; ++kind) {
                if (!found[kind].isEmpty())
                    keys.push_back({qHash(found[kind], size_t(kind) + 1), index});
            }
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
    QList<QList<qint64>> members;
    for (qint32 index = 0; index < qint32(rowIds.size()); ++index) {
        if (!grouped[index])
            continue;
        const qint32 root = sets.root(index);
        auto it = groupOfRoot.find(root);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(root, members.size());
            members.append(QList<qint64>());
        }
        members[*it].append(rowIds[index]);
    }

    QList<DuplicateGroup> groups;
    QList<qint64> chunk;
    QList<qsizetype> chunkGroups;
    const auto readChunk = [&]() -> ApiResult<void> {
        auto contacts = ContactRows::read(m_db, chunk);
        if (!contacts)
            return std::unexpected(contacts.error());
        QHash<qint64, Contact> byRowId;
        for (Contact& contact : *contacts)
            byRowId.insert(contact.rowId, std::move(contact));
        for (const qsizetype g : std::as_const(chunkGroups)) {
            DuplicateGroup group;
            std::array<QHash<QString, int>, keyKinds> seen;
            for (const qint64 rowId : std::as_const(members[g])) {
                const auto it = byRowId.constFind(rowId);
                if (it == byRowId.constEnd())
                    continue;
                group.contacts.append(*it);
                const auto found =
                    keysOf(it->phone, TextFold::fold(it->name.value_or(QString())),
                           it->email.value_or(QString()), it->countryCode.value_or(QString()));
                for (int kind = 0; kind < keyKinds; ++kind) {
                    if (!found[kind].isEmpty())
                        ++seen[kind][found[kind]];
                }
            }
            for (int kind = 0; kind < keyKinds; ++kind) {
                const auto& counts = seen[kind];
                if (std::any_of(counts.begin(), counts.end(), [](int n) { return n >= 2; }))
                    group.reasons.append(reasonNames()[kind]);
            }
            // Only a hash collision leaves a group without a reason.
            if (group.contacts.size() >= 2 && !group.reasons.isEmpty())
                groups.append(std::move(group));
        }
        chunk.clear();
        chunkGroups.clear();
        return {};
    };
    for (qsizetype g = 0; g < members.size(); ++g) {
        chunk += members[g];
        chunkGroups.append(g);
        if (chunk.size() >= readStep) {
            if (auto read = readChunk(); !read)
                return std::unexpected(read.error());
        }
    }
    if (!chunk.isEmpty()) {
        if (auto read = readChunk(); !read)
            return std::unexpected(read.error());
    }
    return groups;
}
