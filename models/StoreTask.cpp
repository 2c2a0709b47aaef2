#include "StoreTask.h"

#include "ContactDatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QThreadPool>

#include <memory>

ApiResult<ContactDatabase*> StoreTask::threadDatabase(const QString& path)
{
    // Closed when the thread ends (the pool's threads end with the application object).
    thread_local QHash<QString, std::shared_ptr<ContactDatabase>> connections;
    if (const auto it = connections.constFind(path); it != connections.constEnd())
        return it->get();
    auto opened = ContactDatabase::open(path);
    if (!opened)
        return std::unexpected(opened.error());
    std::shared_ptr<ContactDatabase> database(std::move(*opened));
    connections.insert(path, database);
    return database.get();
}

QThreadPool* StoreTask::pool()
{
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool(QCoreApplication::instance());
        created->setObjectName(QStringLiteral("StoreTask"));
        // Two threads: a count may run beside a window read or a batch edit. Threads never
        // expire, so their connections (and SQLite's page caches) are kept.
        created->setMaxThreadCount(2);
        created->setExpiryTimeout(-1);
        return created;
    }();
    return pool;
}
