#pragma once

#include "ApiError.h"
#include "ContactDatabase.h"
#include "ContactStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <type_traits>

class QThreadPool;

/// The one way the models run slow store work off the GUI thread (after KeePassXC's
/// AsyncTask). `work` runs on a thread of pool() with that thread's own connection to the
/// database at `databasePath` (opened on the thread's first task and kept while the thread
/// lives: a connection belongs to the thread that opened it). `done` is delivered on
/// `context`'s thread, and dropped when `context` is destroyed first. Call run() on the
/// context's thread, which must be the GUI thread (or another thread with an event loop).
class StoreTask {
public:
    template <typename R>
    static void run(const QString& databasePath, QObject* context,
                    std::function<R(ContactStore&)> work, std::function<void(R)> done)
    {
        runOnDatabase<R>(
            databasePath, context,
            [work = std::move(work)](ContactDatabase& database) {
                ContactStore store(database);
                return work(store);
            },
            std::move(done));
    }

    /// Like run(), for work that needs the connection itself (a ContactBatchEdit, another
    /// organization's store).
    template <typename R>
    static void runOnDatabase(const QString& databasePath, QObject* context,
                              std::function<R(ContactDatabase&)> work, std::function<void(R)> done)
    {
        Q_ASSERT(context);
        Q_ASSERT(context->thread() == QThread::currentThread());
        // The watcher is a child of the context: destroying the context destroys it, and
        // with it the connection that would deliver `done`.
        auto* watcher = new QFutureWatcher<R>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, done = std::move(done)] {
                             watcher->deleteLater();
                             if (done)
                                 done(watcher->future().result());
                         });
        watcher->setFuture(QtConcurrent::run(pool(), [databasePath, work = std::move(work)]() {
            auto database = threadDatabase(databasePath);
            if (!database) {
                if constexpr (std::is_constructible_v<R, std::unexpected<ApiError>>)
                    return R(std::unexpected(database.error()));
                else
                    return R{};
            }
            return work(**database);
        }));
    }

    /// Like runOnDatabase(), for work whose result comes in parts, the first worth showing
    /// before the rest is ready (a table's first window, then the order of its matches, read
    /// in one snapshot): `work` calls `report` with each part, and `onPart` gets each on the
    /// context's thread, in order, none once the context is destroyed.
    template <typename P>
    static void
    runInParts(const QString& databasePath, QObject* context,
               std::function<void(ContactDatabase&, const std::function<void(P)>& report)> work,
               std::function<void(P)> onPart)
    {
        Q_ASSERT(context);
        Q_ASSERT(context->thread() == QThread::currentThread());
        auto* watcher = new QFutureWatcher<P>(context);
        QObject::connect(watcher, &QFutureWatcherBase::resultsReadyAt, context,
                         [watcher, onPart = std::move(onPart)](int begin, int end) {
                             for (int i = begin; i < end; ++i)
                                 onPart(watcher->future().resultAt(i));
                         });
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
        watcher->setFuture(
            QtConcurrent::run(pool(), [databasePath, work = std::move(work)](QPromise<P>& promise) {
                auto database = threadDatabase(databasePath);
                if (!database) {
                    if constexpr (std::is_constructible_v<P, std::unexpected<ApiError>>)
                        promise.addResult(P(std::unexpected(database.error())));
                    return;
                }
                work(**database, [&promise](P part) { promise.addResult(std::move(part)); });
            }));
    }

    /// The calling thread's connection to `path`, opened on first use. Fails with the
    /// ApiError of ContactDatabase::open.
    static ApiResult<ContactDatabase*> threadDatabase(const QString& path);
    /// The pool the tasks run on: a few threads of its own, so that the store's own use of
    /// the global pool (bulk preparation) never waits behind a model's task. Owned by the
    /// application object, whose destruction joins it.
    static QThreadPool* pool();
};
