#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

/// One row of a result, read by column position: what ContactDatabase's row helpers hand to
/// their callers, so that nothing above the store's core touches the SQL driver. Valid only
/// inside the callback that receives it. Each source of rows reads its values as Qt's SQL
/// drivers give them (QtSqlRow, SqliteRow).
class SqlRow {
public:
    virtual ~SqlRow() = default;

    virtual QVariant value(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray bytes(int column) const = 0;

    /// Text, or none for NULL (a contact's name, email, country).
    std::optional<QString> optionalText(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<QString>(text(column));
    }
};
