#pragma once

#include "SqlRow.h"

struct sqlite3_stmt;

/// The current row of a statement run through SQLite's own API (SqliteDialect::forEachRow()),
/// each value as Qt's SQLite driver would have given it.
class SqliteRow final : public SqlRow {
public:
    explicit SqliteRow(sqlite3_stmt* statement) : m_statement(statement) {}

    QVariant value(int column) const override;
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    QString text(int column) const override;
    QByteArray bytes(int column) const override;

private:
    QString columnText(int column) const;

    sqlite3_stmt* m_statement;
};
