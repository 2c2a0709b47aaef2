#include "ListingAnchors.h"

namespace {

int sizeKey(const ListingAnchors::Segment& segment)
{
    return segment.sort * 2 + (segment.nulls ? 1 : 0);
}

int chainKey(const ListingAnchors::Segment& segment)
{
    return sizeKey(segment) * 2 + (segment.ascending ? 1 : 0);
}

} // namespace

bool ListingAnchors::follow(const std::optional<SqlDialect::DataVersion>& version)
{
    if (!version || version != m_version) {
        m_organizations.clear();
        m_version = version;
    }
    return version.has_value();
}

ListingAnchors::Organization& ListingAnchors::organization(qint64 rowId)
{
    if (!m_organizations.contains(rowId) && m_organizations.size() >= maxOrganizations)
        m_organizations.clear();
    return m_organizations[rowId];
}

ListingAnchors::Chain& ListingAnchors::chain(const Segment& segment)
{
    return organization(segment.organization).chains[chainKey(segment)];
}

std::optional<qint64>& ListingAnchors::size(const Segment& segment)
{
    return organization(segment.organization).sizes[sizeKey(segment)];
}
