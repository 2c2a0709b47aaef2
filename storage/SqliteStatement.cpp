#include "SqliteStatement.h"

#include "ContactDatabase.h"
#include "SqliteDialect.h"

#include <sqlite3.h>

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

SqliteStatement::SqliteStatement(QSqlDatabase& db, const SqliteDialect& dialect, const QString& sql)
    : m_db(db), m_dialect(dialect), m_sql(sql)
{
    m_connection = handle(db);
    if (!m_connection) {
        m_error = ApiError::internal(sql + QStringLiteral(": not a SQLite connection"));
        return;
    }
    ContactDatabase::reportStatement(db.connectionName(), sql);
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_connection, text.constData(), int(text.size()), &m_statement,
                           nullptr) != SQLITE_OK) {
        m_error = error();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindText(int index, const PackedText::Value& value)
{
    if (value.null)
        sqlite3_bind_null(m_statement, index);
    else // a non-null pointer, so that an empty value is '' and not NULL
        sqlite3_bind_text(m_statement, index, value.data ? value.data : "", value.size,
                          SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, const QByteArray& bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

ApiResult<void> SqliteStatement::step()
{
    const int stepped = sqlite3_step(m_statement);
    if (stepped != SQLITE_DONE && stepped != SQLITE_ROW) {
        const ApiError failed = error();
        sqlite3_reset(m_statement);
        return std::unexpected(failed);
    }
    sqlite3_reset(m_statement);
    return {};
}

ApiResult<void> SqliteStatement::run()
{
    int stepped = SQLITE_ROW;
    while (stepped == SQLITE_ROW)
        stepped = sqlite3_step(m_statement);
    if (stepped != SQLITE_DONE) {
        const ApiError failed = error();
        sqlite3_reset(m_statement);
        return std::unexpected(failed);
    }
    sqlite3_reset(m_statement);
    return {};
}

sqlite3* SqliteStatement::handle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

ApiError SqliteStatement::error() const
{
    // As Qt's driver reports it: the extended result code is the native code, which tells
    // storage faults apart (SqliteDialect::storageFault), and the message names the
    // constraint that failed (SqliteDialect::isDuplicatePhoneError).
    const QSqlError failed(QStringLiteral("Unable to execute statement"),
                           QString::fromUtf8(sqlite3_errmsg(m_connection)),
                           QSqlError::StatementError,
                           QString::number(sqlite3_extended_errcode(m_connection)));
    return m_dialect.statementError(m_db, m_sql, failed);
}
