#pragma once

#include <QStringList>

/// The PostgreSQL schema, one migration per version: the same tables as SqliteSchema's
/// (bigint for SQLite's integers, bytea for its blobs, text compared byte by byte with
/// COLLATE "C" as SQLite's BINARY does), and pg_trgm GIN indexes for search where SQLite has
/// FTS5. PostgresDialect runs them (SqlDialect::migration()).
namespace PostgresSchema {

inline constexpr int latestVersion = 8;

/// The statements that take a database from `version - 1` to `version`.
QStringList migration(int version);

} // namespace PostgresSchema
