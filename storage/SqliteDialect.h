#pragma once

#include "SqlDialect.h"

#include <QHash>

#include <memory>

class SqliteStatement;

/// SQLite 3.40: WAL, foreign keys, FTS5 with the trigram tokenizer, and JSON arrays read
/// with json_each for batch statements. The schema's statements are SqliteSchema's.
class SqliteDialect final : public SqlDialect {
public:
    /// Stops SQLite counting every allocation under one process-wide mutex, which several
    /// reader threads contend on. Before the first connection.
    static void tuneForConcurrentReaders();

    QString driverName() const override;
    ApiResult<void> configure(QSqlDatabase& db) const override;
    int latestSchemaVersion() const override;
    ApiResult<int> schemaVersion(QSqlDatabase& db) const override;
    QStringList migration(int version) const override;
    ApiResult<void> setSchemaVersion(QSqlDatabase& db, int version) const override;
    QString beginWriteSql() const override;
    QString beginReadSql() const override;
    QString beginSearchSql() const override;
    QString beginRowLocksSql() const override;
    QString rowLockSuffix() const override;
    bool hasSharedWriters() const override;
    QString nowMsecsExpression() const override;
    ApiResult<Checkpoint> checkpoint(ContactDatabase& db, CheckpointMode mode) const override;
    ApiResult<void> disableAutoCheckpoint(ContactDatabase& db) const override;
    QString integrityCheckSql() const override;
    QString indexHint(const QString& index) const override;
    QVariantList searchMatchBindings(const QString& foldedTerm,
                                     const QString& digits) const override;
    QString searchMatchSql() const override;
    QString searchMatchListSql() const override;
    QString searchScanSql() const override;
    QString searchRowCondition() const override;
    QString idListSql() const override;
    QString uidsByRowIdSql() const override;
    QString contactsByUidSql() const override;
    QString uidListSql() const override;
    QString listLengthAtLeast(const QString& column) const override;
    QString appendToListSql(const QString& column) const override;
    QString replaceListsSql(const QString& column) const override;
    QString unindexContactsSql() const override;
    QString restoreContactsSql() const override;
    QString dropTombstonesSql() const override;
    QString recordSnapshotsSql() const override;
    QString insertContactsSql() const override;
    QString journalCreatesSql() const override;
    QString indexContactsSql() const override;
    ApiResult<void> insertNewContacts(ContactDatabase& db, const NewRows& rows) const override;
    ApiResult<void> indexNewContacts(ContactDatabase& db, const NewRows& rows) const override;
    QString linkTagsSql() const override;
    ApiResult<void> linkTags(ContactDatabase& db, const QList<TagLink>& links) const override;
    QString existingPhonesSql() const override;
    std::optional<StorageFault> storageFault(const QSqlDatabase& db,
                                             const QSqlError& error) const override;
    bool isDuplicatePhoneError(const QString& driverMessage) const override;
    QString searchIndexInsertSql() const override;
    QString searchIndexDeleteSql() const override;
    ApiResult<qint64> releaseFreePages(ContactDatabase& db) const override;
    ApiResult<bool> compactSearchIndex(ContactDatabase& db, int stepPages) const override;
    ApiResult<qint64> backupTo(ContactDatabase& db, const QString& path) const override;
    ApiResult<void> forEachRow(ContactDatabase& db, const QString& sql, const QVariantList& values,
                               const std::function<bool(const SqlRow&)>& onRow) const override;
    void releaseStatements() const override;
    ApiResult<std::optional<DataVersion>> dataVersion(ContactDatabase& db) const override;

private:
    /// forEachRow()'s statements, by their SQL: this dialect serves one connection.
    mutable QHash<QString, std::shared_ptr<SqliteStatement>> m_rowStatements;
};
