#include "ContactDatabase.h"

#include "ContactIds.h"
#include "DatabaseLocation.h"
#include "ListingAnchors.h"
#include "PostgresDialect.h"
#include "QtSqlRow.h"
#include "SqlTransaction.h"
#include "SqliteDialect.h"
#include "TransactionTagIds.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace {

const QString defaultOrganizationKey = QStringLiteral("default_organization");

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("contacts-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString newOrganizationId()
{
    // An organization id is a bare lowercase UUID, as the hosted service's x-org-id.
    return ContactIds::contactId(ContactIds::newUuid()).mid(QStringLiteral("contact_").size());
}

// The statement observer: swapped under the mutex, called outside it (an observer may take
// its own time), and skipped with one load while none is set.
QMutex observerMutex;
std::shared_ptr<const ContactDatabase::StatementObserver> statementObserver;
std::atomic<bool> observing = false;

} // namespace

ContactDatabase::~ContactDatabase()
{
    m_statements.clear();
    if (m_dialect)
        m_dialect->releaseStatements();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

ApiResult<std::unique_ptr<ContactDatabase>> ContactDatabase::open(const QString& location)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return std::unexpected(parsed.error());
    return open(*parsed);
}

ApiResult<std::unique_ptr<ContactDatabase>> ContactDatabase::open(const DatabaseLocation& location)
{
    std::unique_ptr<ContactDatabase> database(new ContactDatabase);
    database->m_path = location.text();
    database->m_displayName = location.displayName();
    database->m_connectionName = newConnectionName();
    const QString& shown = database->m_displayName;

    if (location.isPostgresql()) {
        database->m_dialect = std::make_unique<PostgresDialect>();
        database->m_db = QSqlDatabase::addDatabase(database->m_dialect->driverName(),
                                                   database->m_connectionName);
        if (!database->m_db.isValid())
            return std::unexpected(ApiError::internal(
                QStringLiteral("cannot open %1: Qt's PostgreSQL driver (QPSQL, Debian's "
                               "libqt6sql6-psql) is not installed")
                    .arg(shown)));
    } else {
        database->m_dialect = std::make_unique<SqliteDialect>();
        const QFileInfo file(location.path());
        // SQLite would open /dev/null or a FIFO, then write its journal beside it
        // (/dev/null-journal).
        if (file.exists() && !file.isFile())
            return std::unexpected(ApiError::internal(
                QStringLiteral("cannot open %1: not a regular file").arg(shown)));
        if (!QDir().mkpath(file.absolutePath()))
            return std::unexpected(
                ApiError::internal(QStringLiteral("cannot open %1: cannot create its folder %2")
                                       .arg(shown, file.absolutePath())));
        // Every contact and the API tokens' hashes: readable by its owner only. SQLite gives
        // the -wal and -shm files the database file's permissions.
        if (!file.exists() && location.path() != QLatin1String(":memory:")) {
            QFile(file.filePath())
                .open(QIODevice::WriteOnly | QIODevice::NewOnly,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        database->m_db = QSqlDatabase::addDatabase(database->m_dialect->driverName(),
                                                   database->m_connectionName);
        database->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    location.applyTo(database->m_db);
    if (!database->m_db.open())
        return std::unexpected(ApiError::internal(
            QStringLiteral("cannot open %1: %2")
                .arg(shown, database->m_db.lastError().databaseText().simplified())));
    if (auto configured = database->m_dialect->configure(database->m_db); !configured) {
        // A read-only file or a full disk fails the first pragma that writes, on a database
        // that may be a perfectly good one.
        if (configured.error().storageFault)
            return std::unexpected(configured.error());
        return std::unexpected(
            ApiError::internal(QStringLiteral("%1 is not a contacts database (%2)")
                                   .arg(shown, configured.error().detail)));
    }
    if (auto migrated = database->migrate(); !migrated)
        return std::unexpected(migrated.error());
    if (auto loaded = database->loadDefaultOrganization(); !loaded)
        return std::unexpected(loaded.error());
    return database;
}

ApiResult<void> ContactDatabase::migrate()
{
    const int latest = m_dialect->latestSchemaVersion();
    const auto tooNew = [&](int version) {
        return ApiError::internal(
            QStringLiteral("%1 has schema version %2, newer than this build's %3: update Contacts")
                .arg(m_displayName)
                .arg(version)
                .arg(latest));
    };
    auto version = m_dialect->schemaVersion(m_db);
    if (!version)
        return std::unexpected(version.error());
    if (*version > latest)
        return std::unexpected(tooNew(*version));
    while (*version < latest) {
        // Under the write lock, the version is read again: another process (a second server
        // starting on the same database) may have migrated meanwhile.
        SqlTransaction transaction(*this, SqlTransaction::Write);
        if (transaction.beginError())
            return std::unexpected(*transaction.beginError());
        version = m_dialect->schemaVersion(m_db);
        if (!version)
            return std::unexpected(version.error());
        if (*version > latest)
            return std::unexpected(tooNew(*version));
        if (*version == latest)
            break;
        const int next = *version + 1;
        for (const QString& statement : m_dialect->migration(next)) {
            QSqlQuery query(m_db);
            if (!query.exec(statement))
                return std::unexpected(
                    m_dialect->statementError(m_db, statement, query.lastError()));
        }
        if (auto set = m_dialect->setSchemaVersion(m_db, next); !set)
            return set;
        if (auto committed = transaction.commit(); !committed)
            return committed;
        *version = next;
    }
    m_schemaVersion = latest;
    return {};
}

ApiResult<void> ContactDatabase::loadDefaultOrganization()
{
    const auto readId = [this] {
        return firstRow<QString>(QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                 {defaultOrganizationKey},
                                 [](const SqlRow& row) { return row.text(0); });
    };
    auto id = readId();
    if (!id)
        return std::unexpected(id.error());
    if (!*id) {
        // A new database: make its organization and remember it, in one transaction. Under
        // the write lock the setting is read again: a second server starting on the same new
        // database may have made it meanwhile.
        SqlTransaction transaction(*this, SqlTransaction::Write);
        if (transaction.beginError())
            return std::unexpected(*transaction.beginError());
        id = readId();
        if (!id)
            return std::unexpected(id.error());
        if (!*id) {
            auto added = addOrganization(newOrganizationId());
            if (!added)
                return std::unexpected(added.error());
            auto remembered =
                execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                        {defaultOrganizationKey, added->id});
            if (!remembered)
                return std::unexpected(remembered.error());
            id = std::optional(added->id);
        }
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    auto found = organization(**id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(ApiError::internal(QStringLiteral("default organization missing")));
    m_defaultOrganization = **found;
    return {};
}

ApiResult<QList<qint64>> ContactDatabase::integers(const QString& sql, const QVariantList& values)
{
    return rows<qint64>(sql, values, [](const SqlRow& row) { return row.integer(0); });
}

ApiResult<std::optional<Organization>> ContactDatabase::organization(const QString& id)
{
    return firstRow<Organization>(QStringLiteral("SELECT id, uid FROM organizations WHERE uid = ?"),
                                  {id}, [](const SqlRow& row) {
                                      return Organization{row.integer(0), row.text(1)};
                                  });
}

ApiResult<Organization> ContactDatabase::addOrganization(const QString& id)
{
    auto inserted = execute(QStringLiteral("INSERT INTO organizations (uid, created_at)"
                                           " VALUES (?, ?) ON CONFLICT (uid) DO NOTHING"),
                            {id, QDateTime::currentMSecsSinceEpoch()});
    if (!inserted)
        return std::unexpected(inserted.error());
    auto found = organization(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(ApiError::internal(QStringLiteral("organization not added")));
    return **found;
}

ApiResult<void> ContactDatabase::adjustContactCount(qint64 organizationRowId, qint64 delta)
{
    if (delta == 0)
        return {};
    return execute(
        QStringLiteral("UPDATE organizations SET contact_count = contact_count + ? WHERE id = ?"),
        {delta, organizationRowId});
}

qint64 ContactDatabase::writeTime()
{
    const qint64 local = QDateTime::currentMSecsSinceEpoch();
    if (!m_dialect->hasSharedWriters())
        return local;
    // A failure here fails the transaction's next statement too; the local clock stands in.
    auto shared = scalar(QStringLiteral("SELECT ") + m_dialect->nowMsecsExpression(), {}, local);
    return shared.value_or(local);
}

ListingAnchors& ContactDatabase::listingAnchors()
{
    if (!m_listingAnchors)
        m_listingAnchors = std::make_unique<ListingAnchors>();
    return *m_listingAnchors;
}

TransactionTagIds& ContactDatabase::transactionTagIds()
{
    if (!m_transactionTagIds)
        m_transactionTagIds = std::make_unique<TransactionTagIds>();
    return *m_transactionTagIds;
}

ApiResult<bool> ContactDatabase::holdsOneOrganization()
{
    auto count = scalar(QStringLiteral("SELECT count(*) FROM organizations"));
    if (!count)
        return std::unexpected(count.error());
    return *count <= 1;
}

ApiResult<void> ContactDatabase::execute(const QString& sql, const QVariantList& values)
{
    auto q = run(sql, values);
    if (!q)
        return std::unexpected(q.error());
    (*q)->finish();
    return {};
}

ApiResult<int> ContactDatabase::executeCounting(const QString& sql, const QVariantList& values)
{
    auto q = run(sql, values);
    if (!q)
        return std::unexpected(q.error());
    const int changed = (*q)->numRowsAffected();
    (*q)->finish();
    return changed;
}

ApiResult<qint64> ContactDatabase::insert(const QString& sql, const QVariantList& values)
{
    auto q = run(sql, values);
    if (!q)
        return std::unexpected(q.error());
    const qint64 id = (*q)->lastInsertId().toLongLong();
    (*q)->finish();
    return id;
}

ApiResult<void> ContactDatabase::forEachRow(const QString& sql, const QVariantList& values,
                                            const std::function<bool(const SqlRow&)>& onRow)
{
    return m_dialect->forEachRow(*this, sql, values, onRow);
}

ApiResult<void> ContactDatabase::forEachQtRow(const QString& sql, const QVariantList& values,
                                              const std::function<bool(const SqlRow&)>& onRow)
{
    auto q = run(sql, values);
    if (!q)
        return std::unexpected(q.error());
    const QtSqlRow row(**q);
    while ((*q)->next() && onRow(row)) {
    }
    (*q)->finish();
    return {};
}

ApiResult<qint64> ContactDatabase::scalar(const QString& sql, const QVariantList& values,
                                          qint64 none)
{
    auto value = firstRow<qint64>(sql, values, [](const SqlRow& row) { return row.integer(0); });
    if (!value)
        return std::unexpected(value.error());
    return value->value_or(none);
}

ApiResult<bool> ContactDatabase::exists(const QString& sql, const QVariantList& values)
{
    auto found = firstRow<bool>(sql, values, [](const SqlRow&) { return true; });
    if (!found)
        return std::unexpected(found.error());
    return found->has_value();
}

ApiResult<ContactDatabase::Checkpoint> ContactDatabase::checkpoint(CheckpointMode mode)
{
    return m_dialect->checkpoint(*this, mode);
}

ApiResult<qint64> ContactDatabase::backupTo(const QString& path)
{
    return m_dialect->backupTo(*this, path);
}

ApiResult<qint64> ContactDatabase::releaseFreePages()
{
    return m_dialect->releaseFreePages(*this);
}

ApiResult<bool> ContactDatabase::compactSearchIndex()
{
    // 2,000 pages (8 MB) a step: a few tens of ms of the write lock each.
    return m_dialect->compactSearchIndex(*this, 2000);
}

ApiResult<void> ContactDatabase::disableAutoCheckpoint()
{
    return m_dialect->disableAutoCheckpoint(*this);
}

bool ContactDatabase::isReachable()
{
    // Unprepared: a prepared statement's failure would say nothing of the link itself.
    QSqlQuery ping(m_db);
    return m_db.isOpen() && ping.exec(QStringLiteral("SELECT 1")) && ping.next();
}

ApiResult<QString> ContactDatabase::checkIntegrity()
{
    auto verdict = firstRow<QString>(m_dialect->integrityCheckSql(), {},
                                     [](const SqlRow& row) { return row.text(0); });
    if (!verdict)
        return std::unexpected(verdict.error());
    return verdict->value_or(QStringLiteral("no answer"));
}

void ContactDatabase::tuneForConcurrentReaders()
{
    SqliteDialect::tuneForConcurrentReaders();
}

void ContactDatabase::setStatementObserver(StatementObserver observer)
{
    QMutexLocker lock(&observerMutex);
    statementObserver =
        observer ? std::make_shared<const StatementObserver>(std::move(observer)) : nullptr;
    observing.store(statementObserver != nullptr, std::memory_order_release);
}

void ContactDatabase::reportStatement(const QString& connectionName, const QString& sql)
{
    if (!observing.load(std::memory_order_acquire))
        return;
    std::shared_ptr<const StatementObserver> observer;
    {
        QMutexLocker lock(&observerMutex);
        observer = statementObserver;
    }
    if (observer)
        (*observer)(connectionName, sql);
}

ApiResult<QSqlQuery*> ContactDatabase::run(const QString& sql, const QVariantList& values)
{
    reportStatement(m_connectionName, sql);
    // Positional binding: Qt's named binding looks each name up on every call, which cost
    // ~10 % of a bulk import.
    auto query = prepared(sql);
    if (!query)
        return query;
    QSqlQuery& q = **query;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return std::unexpected(m_dialect->statementError(m_db, sql, q.lastError()));
    return query;
}

ApiResult<QSqlQuery*> ContactDatabase::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        if (!query->prepare(sql))
            return std::unexpected(m_dialect->statementError(m_db, sql, query->lastError()));
        it = m_statements.insert(sql, query);
    }
    return it->get();
}
