#include "QtSqlRow.h"

#include <QSqlQuery>

QVariant QtSqlRow::value(int column) const
{
    return m_query.value(column);
}

bool QtSqlRow::isNull(int column) const
{
    return m_query.isNull(column);
}

qint64 QtSqlRow::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

QString QtSqlRow::text(int column) const
{
    return m_query.value(column).toString();
}

QByteArray QtSqlRow::bytes(int column) const
{
    return m_query.value(column).toByteArray();
}
