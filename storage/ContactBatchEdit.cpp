#include "ContactBatchEdit.h"

#include "ContactDatabase.h"

ContactBatchEdit::ContactBatchEdit(ContactDatabase& database)
    : ContactBatchEdit(database, database.defaultOrganization())
{}

ContactBatchEdit::ContactBatchEdit(ContactDatabase& database, Organization organization)
    : m_db(database), m_organization(std::move(organization))
{}

ApiResult<QStringList> ContactBatchEdit::addTag(const QStringList&, const QString&, TagKind)
{
    return std::unexpected(ApiError::internal(QStringLiteral("not implemented yet")));
}

ApiResult<QStringList> ContactBatchEdit::removeTag(const QStringList&, const QString&, TagKind)
{
    return std::unexpected(ApiError::internal(QStringLiteral("not implemented yet")));
}

ApiResult<QStringList> ContactBatchEdit::setBlocked(const QStringList&, bool)
{
    return std::unexpected(ApiError::internal(QStringLiteral("not implemented yet")));
}

ApiResult<QStringList> ContactBatchEdit::setOptedIn(const QStringList&, bool)
{
    return std::unexpected(ApiError::internal(QStringLiteral("not implemented yet")));
}

ApiResult<QList<Contact>> ContactBatchEdit::remove(const QStringList&)
{
    return std::unexpected(ApiError::internal(QStringLiteral("not implemented yet")));
}

ApiResult<QList<Contact>> ContactBatchEdit::restore(const QList<Contact>&)
{
    return std::unexpected(ApiError::internal(QStringLiteral("not implemented yet")));
}
