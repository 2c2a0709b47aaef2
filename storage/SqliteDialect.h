#pragma once

#include "SqlDialect.h"

/// SQLite 3.40: WAL, foreign keys, FTS5 with the trigram tokenizer.
class SqliteDialect final : public SqlDialect {
public:
    QString driverName() const override;
    ApiResult<void> configure(QSqlDatabase& db) const override;
    int latestSchemaVersion() const override;
    ApiResult<int> schemaVersion(QSqlDatabase& db) const override;
    QStringList migration(int version) const override;
    ApiResult<void> setSchemaVersion(QSqlDatabase& db, int version) const override;
    QString beginWriteSql() const override;
    QString searchMatchExpression(const QString& foldedTerm, const QString& digits) const override;
    QString searchMatchSql() const override;
    QString searchScanSql() const override;
    QString searchRowCondition() const override;
    QString idListSql() const override;
    QString insertContactsSql() const override;
    QString journalCreatesSql() const override;
    QString indexContactsSql() const override;
    QString linkTagsSql() const override;
    QString existingPhonesSql() const override;
    QString searchIndexInsertSql() const override;
    QString searchIndexDeleteSql() const override;
};
