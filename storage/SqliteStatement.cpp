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

void SqliteStatement::bindValue(int index, const QVariant& value)
{
    // The types Qt's SQLite driver binds natively; any other as its text.
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                          SQLITE_TRANSIENT);
        return;
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        return;
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * sizeof(QChar)),
                            SQLITE_TRANSIENT);
        return;
    }
    }
}

ApiResult<bool> SqliteStatement::next()
{
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return false;
    }
    const ApiError failed = error();
    sqlite3_reset(m_statement);
    return std::unexpected(failed);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
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
