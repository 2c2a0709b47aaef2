#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

class QSqlQuery;

/// One row of a result, read by column position: what ContactDatabase's row helpers hand to
/// their callers, so that nothing above the store's core touches the SQL driver. Valid only
/// inside the callback that receives it.
class SqlRow {
public:
    explicit SqlRow(const QSqlQuery& query) : m_query(query) {}

    QVariant value(int column) const;
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;

private:
    const QSqlQuery& m_query;
};
