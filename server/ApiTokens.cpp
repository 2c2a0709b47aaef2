#include "ApiTokens.h"

#include "ContactDatabase.h"
#include "Timestamps.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    // The system generator: tokens are secrets, not simulation data.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), count / 4);
    return bytes;
}

bool validOrganizationId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

QByteArray ApiTokens::hash(const QString& secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

ApiResult<ApiTokens::Issued> ApiTokens::add(const QString& organizationId)
{
    if (!validOrganizationId(organizationId))
        return std::unexpected(ApiError::badRequest(QStringLiteral("Invalid organization id")));
    auto organization = m_db.addOrganization(organizationId);
    if (!organization)
        return std::unexpected(organization.error());
    Issued issued;
    // 32 random bytes: a token cannot be guessed, so one SHA-256 (no salt, no stretching) is
    // enough to keep it out of the database, and lets a request find its token by hash.
    issued.secret = QStringLiteral("ct_") +
                    QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding |
                                                                 QByteArray::OmitTrailingEquals));
    issued.token.id = QStringLiteral("tok_") + QString::fromLatin1(randomBytes(8).toHex().left(12));
    issued.token.organizationId = organization->id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    issued.token.createdAt = Timestamps::fromMsecs(now);
    auto inserted =
        m_db.execute(QStringLiteral("INSERT INTO api_tokens (uid, org_id, hash, created_at)"
                                    " VALUES (?, ?, ?, ?)"),
                     {issued.token.id, organization->rowId, hash(issued.secret), now});
    if (!inserted)
        return std::unexpected(inserted.error());
    return issued;
}

ApiResult<QList<ApiTokens::Token>> ApiTokens::list()
{
    return m_db.rows<Token>(
        QStringLiteral("SELECT t.uid, o.uid, t.created_at FROM api_tokens t"
                       " JOIN organizations o ON o.id = t.org_id"
                       " ORDER BY t.id"),
        {}, [](const SqlRow& row) {
            return Token{row.text(0), row.text(1), Timestamps::fromMsecs(row.integer(2))};
        });
}

ApiResult<bool> ApiTokens::revoke(const QString& tokenId)
{
    auto removed =
        m_db.executeCounting(QStringLiteral("DELETE FROM api_tokens WHERE uid = ?"), {tokenId});
    if (!removed)
        return std::unexpected(removed.error());
    return *removed > 0;
}

ApiResult<std::optional<ApiCaller>> ApiTokens::authenticate(const QString& organizationId,
                                                            const QString& secret)
{
    if (organizationId.isEmpty() || secret.isEmpty())
        return std::nullopt;
    return authenticateHash(organizationId, hash(secret));
}

ApiResult<std::optional<ApiCaller>> ApiTokens::authenticateHash(const QString& organizationId,
                                                                const QByteArray& secretHash)
{
    if (organizationId.isEmpty())
        return std::nullopt;
    return m_db.firstRow<ApiCaller>(
        QStringLiteral("SELECT o.id, o.uid, t.uid FROM api_tokens t"
                       " JOIN organizations o ON o.id = t.org_id WHERE t.hash = ? AND o.uid = ?"),
        {secretHash, organizationId}, [](const SqlRow& row) {
            return ApiCaller{Organization{row.integer(0), row.text(1)}, row.text(2)};
        });
}
