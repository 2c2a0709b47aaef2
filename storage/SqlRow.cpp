#include "SqlRow.h"

#include <QSqlQuery>

QVariant SqlRow::value(int column) const
{
    return m_query.value(column);
}

bool SqlRow::isNull(int column) const
{
    return m_query.isNull(column);
}

qint64 SqlRow::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

QString SqlRow::text(int column) const
{
    return m_query.value(column).toString();
}

QByteArray SqlRow::bytes(int column) const
{
    return m_query.value(column).toByteArray();
}
