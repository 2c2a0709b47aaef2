#include "SqliteRow.h"

#include <sqlite3.h>

QString SqliteRow::columnText(int column) const
{
    const void* text = sqlite3_column_text16(m_statement, column);
    if (!text)
        return {};
    return QString(static_cast<const QChar*>(text),
                   sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar)));
}

QVariant SqliteRow::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_BLOB:
        return bytes(column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>()); // a null, typed as Qt's driver types it
    default:
        return columnText(column);
    }
}

bool SqliteRow::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteRow::integer(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_TEXT)
        return columnText(column).toLongLong(); // as a QVariant converts text
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteRow::text(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_FLOAT)
        return QVariant(sqlite3_column_double(m_statement, column)).toString();
    return columnText(column);
}

QByteArray SqliteRow::bytes(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    default:
        return text(column).toUtf8();
    }
}
