#include "StorageFloor.h"

#include "ContactGenerator.h"
#include "ContactIds.h"
#include "PhoneNumbers.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>

#include <sqlite3.h>

#include <chrono>
#include <memory>

namespace {

const char* const schema[] = {
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA cache_size = -65536",
    "CREATE TABLE contacts (id TEXT PRIMARY KEY, organization TEXT NOT NULL,"
    " phone TEXT NOT NULL, name TEXT, email TEXT, created_at INTEGER NOT NULL,"
    " UNIQUE (organization, phone))",
    "CREATE INDEX contacts_name ON contacts(organization, name, id)",
    "CREATE INDEX contacts_created ON contacts(organization, created_at, id)",
    "CREATE VIRTUAL TABLE contacts_search USING fts5(name, email, phone, tokenize = 'trigram')",
};

struct Statement {
    sqlite3_stmt* handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

void bindText(sqlite3_stmt* statement, int index, const QByteArray& text)
{
    if (text.isEmpty())
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

} // namespace

QList<StorageFloor::Row> StorageFloor::generatedRows(qint64 count)
{
    ContactGenerator generator(7);
    QList<Row> rows;
    rows.reserve(count);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qint64 i = 0; i < count; ++i) {
        const QJsonObject body = generator.next();
        const auto phone = PhoneNumbers::parseInternational(body.value("userNumber").toString());
        if (!phone)
            continue;
        Row row;
        row.id = ContactIds::contactId(ContactIds::newUuid()).toLatin1();
        row.phone = phone->e164.toLatin1();
        row.phoneDigits = row.phone.mid(1);
        row.name = body.value("userName").toString().toUtf8();
        row.email = body.value("email").toString().toUtf8();
        row.createdAt = now + i;
        rows.append(row);
    }
    return rows;
}

double StorageFloor::load(const QString& path, const QList<Row>& rows, QString* error)
{
    for (const QString& file : {path, path + "-wal", path + "-shm"})
        QFile::remove(file);
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open(QFile::encodeName(path).constData(), &raw);
    const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, sqlite3_close);
    const auto failed = [&](const char* what) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                              QString::fromUtf8(sqlite3_errmsg(db.get())));
        return -1.0;
    };
    if (opened != SQLITE_OK)
        return failed("open");
    for (const char* sql : schema) {
        if (sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return failed(sql);
    }
    const QByteArray organization = "5f0c2a9e-1b7d-4c3e-9a61-2d8f4b7e0c15";
    const auto start = std::chrono::steady_clock::now();
    if (sqlite3_exec(db.get(), "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed("BEGIN");
    Statement contact, search;
    if (sqlite3_prepare_v2(db.get(),
                           "INSERT INTO contacts (id, organization, phone, name, email,"
                           " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                           -1, &contact.handle, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db.get(),
                           "INSERT INTO contacts_search (rowid, name, email, phone)"
                           " VALUES (?, ?, ?, ?)",
                           -1, &search.handle, nullptr) != SQLITE_OK)
        return failed("prepare");
    for (const Row& row : rows) {
        bindText(contact.handle, 1, row.id);
        bindText(contact.handle, 2, organization);
        bindText(contact.handle, 3, row.phone);
        bindText(contact.handle, 4, row.name);
        bindText(contact.handle, 5, row.email);
        sqlite3_bind_int64(contact.handle, 6, row.createdAt);
        if (sqlite3_step(contact.handle) != SQLITE_DONE)
            return failed("insert");
        sqlite3_reset(contact.handle);
        sqlite3_bind_int64(search.handle, 1, sqlite3_last_insert_rowid(db.get()));
        bindText(search.handle, 2, row.name);
        bindText(search.handle, 3, row.email);
        bindText(search.handle, 4, row.phoneDigits);
        if (sqlite3_step(search.handle) != SQLITE_DONE)
            return failed("index");
        sqlite3_reset(search.handle);
    }
    if (sqlite3_exec(db.get(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed("COMMIT");
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
