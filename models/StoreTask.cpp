#include "StoreTask.h"

#include "ContactDatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QThreadStorage>

#include <memory>

ApiResult<ContactDatabase*> StoreTask::threadDatabase(const QString& path)
{
    // QThreadStorage, not thread_local: a QThread destroys its QThreadStorage data before
    // wait() returns, so the pool's destruction (with the application object) closes every
    // connection while Qt SQL is still there; thread_local destructors run later, racing
    // the program's exit.
    static QThreadStorage<QHash<QString, std::shared_ptr<ContactDatabase>>> storage;
    auto& connections = storage.localData();
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
    static QPointer<QThreadPool> pool;
    if (!pool) {
        // A child of the application object: its destruction joins the threads.
        auto* created = new QThreadPool(QCoreApplication::instance());
        created->setObjectName(QStringLiteral("StoreTask"));
        // Two threads: a count may run beside a window read or a batch edit. Threads never
        // expire, so their connections (and SQLite's page caches) are kept.
        created->setMaxThreadCount(2);
        created->setExpiryTimeout(-1);
        pool = created;
    }
    return pool;
}
