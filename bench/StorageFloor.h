#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// The storage floor of issue 16: SQLite alone (its C API, no Qt, no store) loading rows that
/// are already normalized, in one transaction, into a table like ours: text ids as the key,
/// unique (organization, phone), indexes on (organization, name, id) and (organization,
/// created_at, id), and an FTS5 trigram index over name, email and phone digits; WAL,
/// `synchronous=NORMAL`, a 64 MB page cache. What any import of the same rows into such a
/// schema costs at least, so an import is measured as a multiple of it.
class StorageFloor {
public:
    struct Row {
        QByteArray id; ///< `contact_<uuid>`
        QByteArray phone;
        QByteArray name;
        QByteArray email;
        QByteArray phoneDigits;
        qint64 createdAt = 0;
    };

    /// The generator's first `count` contacts (seed 7, as bench_csv's file), their phones
    /// normalized: built before the clock starts.
    static QList<Row> generatedRows(qint64 count);
    /// Loads `rows` into a new database at `path`; the seconds it took, or a negative value
    /// with `error` set.
    static double load(const QString& path, const QList<Row>& rows, QString* error);
};
