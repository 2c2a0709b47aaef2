#include "SqlDialect.h"

#include <QSqlError>

ApiError SqlDialect::statementError(const QSqlDatabase& db, const QString& sql,
                                    const QSqlError& error) const
{
    ApiError failed = ApiError::internal(sql + QStringLiteral(": ") + error.text());
    failed.storageFault = storageFault(db, error);
    return failed;
}
