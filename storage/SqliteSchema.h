#pragma once

#include <QStringList>

/// The SQLite schema, one migration per version: the tables, their indexes and the
/// full-text index. SqliteDialect runs them (SqlDialect::migration()).
namespace SqliteSchema {

inline constexpr int latestVersion = 11;

/// The statements that take a database from `version - 1` to `version`.
QStringList migration(int version);

} // namespace SqliteSchema
