// StoreTask: work runs on a pool thread with that thread's own connection, kept for the
// thread's next tasks; the answer (or each part of it) comes back on the context's thread,
// or never once the context is gone.

#include "ContactBatchEdit.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "StoreTask.h"
#include "TestDatabase.h"

#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>

class TestStoreTask : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void runsOffThreadAndAnswersOnContextThread();
    void connectionIsPerThreadAndKept();
    void destroyedContextDropsAnswer();
    void unopenableDatabaseIsAnError();
    void batchEditOnWorker();
    void partsArriveInOrderBeforeTheWorkEnds();
    void destroyedContextDropsParts();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestStoreTask::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestStoreTask::cleanup()
{
    m_db.reset();
}

void TestStoreTask::runsOffThreadAndAnswersOnContextThread()
{
    auto created = m_db->store().create(NewContact().setPhone("+971501234567"));
    QVERIFY(created);

    QObject context;
    QThread* workThread = nullptr;
    QThread* doneThread = nullptr;
    std::optional<ApiResult<qint64>> answer;
    StoreTask::run<ApiResult<qint64>>(
        m_db->path(), &context,
        [&workThread](ContactStore& store) {
            workThread = QThread::currentThread();
            return store.count(ListQuery{});
        },
        [&](ApiResult<qint64> count) {
            doneThread = QThread::currentThread();
            answer = count;
        });
    QVERIFY(!answer); // never before run() returns
    QTRY_VERIFY(answer.has_value());
    QVERIFY(*answer);
    QCOMPARE(**answer, 1);
    QVERIFY(workThread && workThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
}

void TestStoreTask::connectionIsPerThreadAndKept()
{
    // Each task reports its thread and the connection it was given; tasks held at a
    // semaphore spread over both pool threads.
    struct Seen {
        QThread* thread;
        ContactDatabase* database;
    };
    QList<Seen> seen;
    QObject context;
    const int tasks = 8;
    for (int i = 0; i < tasks; ++i) {
        StoreTask::run<Seen>(
            m_db->path(), &context,
            [this](ContactStore&) {
                QThread::msleep(20);
                auto database = StoreTask::threadDatabase(m_db->path());
                return Seen{QThread::currentThread(), database ? *database : nullptr};
            },
            [&seen](Seen s) { seen.append(s); });
    }
    QTRY_COMPARE(seen.size(), tasks);
    QHash<QThread*, ContactDatabase*> byThread;
    for (const Seen& s : seen) {
        QVERIFY(s.database);
        QCOMPARE(s.database->path(), m_db->path());
        QVERIFY(s.database != &m_db->db());
        // One connection per thread, the same for all of that thread's tasks.
        if (byThread.contains(s.thread))
            QCOMPARE(byThread.value(s.thread), s.database);
        byThread.insert(s.thread, s.database);
    }
    QSet<ContactDatabase*> distinct;
    for (ContactDatabase* database : byThread)
        distinct.insert(database);
    QCOMPARE(distinct.size(), byThread.size());
    QVERIFY(byThread.size() <= StoreTask::pool()->maxThreadCount());
    QVERIFY(!byThread.contains(QThread::currentThread()));
}

void TestStoreTask::destroyedContextDropsAnswer()
{
    QSemaphore started;
    QSemaphore release;
    bool called = false;
    auto context = std::make_unique<QObject>();
    StoreTask::run<int>(
        m_db->path(), context.get(),
        [&](ContactStore&) {
            started.release();
            release.acquire();
            return 1;
        },
        [&called](int) { called = true; });
    QVERIFY(started.tryAcquire(1, 10000));
    context.reset(); // while the work runs
    release.release();
    QTest::qWait(200);
    QVERIFY(!called);

    // The pool is still usable afterwards.
    QObject other;
    bool answered = false;
    StoreTask::run<int>(
        m_db->path(), &other, [](ContactStore&) { return 2; },
        [&answered](int value) { answered = value == 2; });
    QTRY_VERIFY(answered);
}

void TestStoreTask::unopenableDatabaseIsAnError()
{
    QObject context;
    bool ran = false;
    std::optional<ApiResult<qint64>> answer;
    // A folder where the database file should be: SQLite cannot open it.
    StoreTask::run<ApiResult<qint64>>(
        QFileInfo(m_db->path()).absolutePath(), &context,
        [&ran](ContactStore& store) {
            ran = true;
            return store.count(ListQuery{});
        },
        [&answer](ApiResult<qint64> count) { answer = count; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!ran);
    QVERIFY(!*answer);
    QCOMPARE(answer->error().status, 500);
}

void TestStoreTask::batchEditOnWorker()
{
    auto created = m_db->store().create(NewContact().setPhone("+971501234567"));
    QVERIFY(created);
    QObject context;
    std::optional<ApiResult<QStringList>> answer;
    const QStringList ids = {created->id};
    StoreTask::runOnDatabase<ApiResult<QStringList>>(
        m_db->path(), &context,
        [ids](ContactDatabase& database) {
            return ContactBatchEdit(database).setBlocked(ids, true);
        },
        [&answer](ApiResult<QStringList> changed) { answer = changed; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(*answer);
    QCOMPARE(**answer, ids);
    // Written by the worker's connection, seen by this one.
    QVERIFY(m_db->store().contact(created->id).value_or(Contact{}).isBlocked);
}

void TestStoreTask::partsArriveInOrderBeforeTheWorkEnds()
{
    QObject context;
    QSemaphore firstSeen;
    QList<std::pair<int, QThread*>> parts;
    StoreTask::runInParts<ApiResult<int>>(
        m_db->path(), &context,
        [&firstSeen](ContactDatabase&, const std::function<void(ApiResult<int>)>& report) {
            report(1);
            // The first part is delivered while the work goes on.
            firstSeen.acquire();
            report(2);
            report(3);
        },
        [&](ApiResult<int> part) {
            parts.append({part.value_or(-1), QThread::currentThread()});
            if (parts.size() == 1)
                firstSeen.release();
        });
    QVERIFY(parts.isEmpty()); // never before runInParts() returns
    QTRY_COMPARE(parts.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(parts.at(i).first, i + 1);
        QCOMPARE(parts.at(i).second, QThread::currentThread());
    }
}

void TestStoreTask::destroyedContextDropsParts()
{
    QSemaphore release;
    QSemaphore finished;
    int delivered = 0;
    {
        QObject context;
        StoreTask::runInParts<ApiResult<int>>(
            m_db->path(), &context,
            [&](ContactDatabase&, const std::function<void(ApiResult<int>)>& report) {
                release.acquire();
                report(1);
                finished.release();
            },
            [&delivered](ApiResult<int>) { ++delivered; });
    }
    release.release();
    QVERIFY(finished.tryAcquire(1, 5000));
    QTest::qWait(100);
    QCOMPARE(delivered, 0);
}

QTEST_GUILESS_MAIN(TestStoreTask)
#include "tst_storetask.moc"
