#include "ContactDatabase.h"
#include "ContactStore.h"
#include "GroupCommit.h"
#include "TestDatabase.h"

#include <QSemaphore>
#include <QThread>
#include <QtTest>

#include <memory>

/// GroupCommit: writes that arrive together share one transaction, each in a savepoint of its
/// own, and nobody is answered before the commit that keeps their write.
class TestGroupCommit : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesQueuedMeanwhileShareACommit();
    void aRefusedWriteLeavesTheOthers();
    void nothingIsAnsweredBeforeItsCommit();
    void aThrowingWriteEndsItsGroup();

private:
    /// Creates `phone` on the connection it is given; answers 201, or the error's status.
    static ApiResponse createWork(ContactDatabase& db, const QString& phone)
    {
        ContactStore store(db);
        ApiResponse response;
        const auto created = store.create(NewContact().setPhone(phone));
        response.status = created ? 201 : created.error().status;
        return response;
    }
    static ApiResponse failed(const ApiError& error)
    {
        ApiResponse response;
        response.status = error.status;
        return response;
    }
    qint64 count() { return m_db->store().count(ListQuery{}).value_or(-1); }

    std::unique_ptr<TestDatabase> m_db;
    QMutex m_writeLock;
};

void TestGroupCommit::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestGroupCommit::cleanup()
{
    m_db.reset();
}

void TestGroupCommit::writesQueuedMeanwhileShareACommit()
{
    GroupCommit commit(m_writeLock, &TestGroupCommit::failed);
    // The first write holds its group open until seven others have queued behind it.
    QSemaphore firstRunning;
    QSemaphore othersQueued;
    const QString path = m_db->path();
    QList<int> statuses(8, 0);
    QList<QThread*> threads;
    for (int i = 0; i < 8; ++i) {
        threads.append(QThread::create([&, i] {
            auto db = ContactDatabase::open(path);
            if (!db)
                return;
            const QString phone = QStringLiteral("+97150123%1").arg(4560 + i);
            const GroupCommit::Work work = [&, i, phone](ContactDatabase& on) {
                if (i == 0) {
                    firstRunning.release();
                    othersQueued.acquire();
                }
                return createWork(on, phone);
            };
            statuses[i] = commit.run(**db, work).status;
        }));
    }
    threads.first()->start();
    firstRunning.acquire();
    for (int i = 1; i < 8; ++i)
        threads.at(i)->start();
    // Time for the seven to queue behind the running group.
    QThread::msleep(300);
    QCOMPARE(commit.writes(), 0);
    othersQueued.release();
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(10000));
        delete thread;
    }
    QCOMPARE(statuses, QList<int>(8, 201));
    QCOMPARE(count(), 8);
    QCOMPARE(commit.writes(), 8);
    QCOMPARE(commit.groups(), 2); // the first alone, then the seven that queued behind it
}

void TestGroupCommit::aRefusedWriteLeavesTheOthers()
{
    GroupCommit commit(m_writeLock, &TestGroupCommit::failed);
    // One group of three on one connection: the second repeats the first's phone.
    ContactDatabase& db = m_db->db();
    QList<int> statuses;
    const GroupCommit::Work three = [&](ContactDatabase& on) {
        statuses.append(createWork(on, QStringLiteral("+971501111111")).status);
        statuses.append(createWork(on, QStringLiteral("+971501111111")).status);
        statuses.append(createWork(on, QStringLiteral("+971502222222")).status);
        return ApiResponse{};
    };
    commit.run(db, three);
    QCOMPARE(statuses, (QList<int>{201, 409, 201}));
    QCOMPARE(count(), 2);
}

void TestGroupCommit::nothingIsAnsweredBeforeItsCommit()
{
    GroupCommit commit(m_writeLock, &TestGroupCommit::failed);
    // Another connection does not see the write while the group runs, and does once its
    // writer is answered.
    auto other = ContactDatabase::open(m_db->path());
    QVERIFY(other.has_value());
    ContactStore observer(**other);
    qint64 seenInside = -1;
    const GroupCommit::Work work = [&](ContactDatabase& on) {
        ApiResponse response = createWork(on, QStringLiteral("+971503333333"));
        seenInside = observer.count(ListQuery{}).value_or(-1);
        return response;
    };
    QCOMPARE(commit.run(m_db->db(), work).status, 201);
    QCOMPARE(seenInside, 0);
    QCOMPARE(observer.count(ListQuery{}).value_or(-1), 1);
}

void TestGroupCommit::aThrowingWriteEndsItsGroup()
{
    // It is answered as an internal error, and the next group runs (before, it waited forever).
    GroupCommit commit(m_writeLock, &TestGroupCommit::failed);
    const GroupCommit::Work throwing = [](ContactDatabase&) -> ApiResponse {
        throw std::runtime_error("broken");
    };
    QCOMPARE(commit.run(m_db->db(), throwing).status, 500);
    const GroupCommit::Work create = [](ContactDatabase& on) {
        return createWork(on, QStringLiteral("+971504444444"));
    };
    QCOMPARE(commit.run(m_db->db(), create).status, 201);
    QCOMPARE(count(), 1);
}

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
