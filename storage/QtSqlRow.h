#pragma once

#include "SqlRow.h"

class QSqlQuery;

/// The current row of a Qt query.
class QtSqlRow final : public SqlRow {
public:
    explicit QtSqlRow(const QSqlQuery& query) : m_query(query) {}

    QVariant value(int column) const override;
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    QString text(int column) const override;
    QByteArray bytes(int column) const override;

private:
    const QSqlQuery& m_query;
};
