#pragma once

#include "ApiError.h"
#include "PackedText.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

class QSqlDatabase;
class SqliteDialect;
struct sqlite3;
struct sqlite3_stmt;

/// One statement through SQLite's own API on a Qt connection, for the writes where Qt's
/// per-value binding costs more than SQLite's work (SqliteDialect::insertNewContacts): bound
/// straight from the caller's buffers, stepped once per row, reset, finalized at the end.
/// Errors come back as the connection's other statements' do (SqlDialect::statementError).
class SqliteStatement {
public:
    SqliteStatement(QSqlDatabase& db, const SqliteDialect& dialect, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /// Whether it was prepared; prepareError() says why not.
    bool isValid() const { return m_statement != nullptr; }
    ApiError prepareError() const { return m_error; }

    // Bindings are 1-based, as SQLite's; the bytes must outlive step().
    void bind(int index, qint64 value);
    void bindText(int index, const PackedText::Value& value);
    void bindBlob(int index, const QByteArray& bytes);
    /// Binds a copy of `value` as Qt's driver would bind it.
    void bindValue(int index, const QVariant& value);
    /// Steps to the next row of a query: whether there is one. At the end, or on an error,
    /// the statement is reset.
    ApiResult<bool> next();
    /// Ends the run of the statement (and with it the read it holds), for another.
    void reset();
    /// The statement, for reading the current row's columns (SqlRow).
    sqlite3_stmt* rowHandle() const { return m_statement; }
    /// Runs the statement with its bindings, then resets it for the next row.
    ApiResult<void> step();
    /// Steps the statement until it is done (a pragma that works a step at a time).
    ApiResult<void> run();

    /// SQLite's own handle of a Qt connection; null when it has none.
    static sqlite3* handle(const QSqlDatabase& db);

private:
    ApiError error() const;

    QSqlDatabase& m_db;
    const SqliteDialect& m_dialect;
    QString m_sql;
    sqlite3* m_connection = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    ApiError m_error;
};
