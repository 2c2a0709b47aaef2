// Several connections writing one database at once, as the server's workers will: the
// write lock taken at BEGIN IMMEDIATE makes "is this phone taken?" and the insert one step.

#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "SqlTransaction.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace {

/// Runs `work` on `count` threads, each with its own connection, all started together.
template <typename Work> void onThreads(const QString& path, int count, Work work)
{
    std::atomic<int> ready = 0;
    QList<QThread*> threads;
    for (int i = 0; i < count; ++i) {
        threads.append(QThread::create([&, i] {
            auto db = ContactDatabase::open(path);
            QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().detail));
            ContactStore store(**db);
            ++ready;
            while (ready < count)
                QThread::yieldCurrentThread();
            work(store, i);
        }));
    }
    for (QThread* thread : threads)
        thread->start();
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
}

// The first column of the first row, -1 on failure or when there is none.
qint64 scalar(ContactDatabase& db, const QString& sql)
{
    return db.scalar(sql, {}, -1).value_or(-1);
}

} // namespace

class TestConcurrentWrites : public QObject {
    Q_OBJECT

private slots:
    void samePhoneFromManyConnections_data();
    void samePhoneFromManyConnections();
    void disjointBulksFromTwoConnections();
    void preparingFromEveryThreadOfItsPool();
    void writesCommitInTheOrderOfTheirTimes_data();
    void writesCommitInTheOrderOfTheirTimes();
};

void TestConcurrentWrites::samePhoneFromManyConnections_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("e164") << QStringLiteral("+971501234567");
    QTest::newRow("spaced and 00") << QStringLiteral("00971 50 123 4567");
}

void TestConcurrentWrites::samePhoneFromManyConnections()
{
    QFETCH(QString, spelling);
    TestDatabase test;
    QVERIFY2(test.isOpen(), qPrintable(test.errorString()));
    constexpr int threads = 6;
    QMutex mutex;
    QList<int> statuses;
    onThreads(test.path(), threads, [&](ContactStore& store, int i) {
        // Half the threads send the number as E.164, half as given: one normalized phone.
        const QString phone = i % 2 ? spelling : QStringLiteral("+971501234567");
        const auto created = store.create(NewContact().setPhone(phone));
        QMutexLocker lock(&mutex);
        statuses.append(created ? 201 : created.error().status);
    });
    QCOMPARE(statuses.size(), threads);
    QCOMPARE(statuses.count(201), 1);
    QCOMPARE(statuses.count(409), threads - 1);

    ContactStore store = test.store();
    const auto listed = store.list(ListQuery{});
    QVERIFY(listed.has_value());
    QCOMPARE(listed->total, 1);
    QCOMPARE(listed->contacts.size(), 1);
    QCOMPARE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM journal")), 1);
}

void TestConcurrentWrites::disjointBulksFromTwoConnections()
{
    TestDatabase test;
    QVERIFY2(test.isOpen(), qPrintable(test.errorString()));
    constexpr int threads = 2;
    constexpr int batches = 5;
    constexpr int perBatch = 200;
    std::atomic<int> imported = 0;
    onThreads(test.path(), threads, [&](ContactStore& store, int thread) {
        for (int batch = 0; batch < batches; ++batch) {
            QJsonArray items;
            for (int i = 0; i < perBatch; ++i) {
                const int n = (thread * batches + batch) * perBatch + i;
                items.append(QJsonObject{
                    {QStringLiteral("userNumber"),
                     QStringLiteral("+9715%1").arg(n, 8, 10, QLatin1Char('0'))},
                    {QStringLiteral("userName"), QStringLiteral("Contact %1").arg(n)},
                    {QStringLiteral("tags"), QJsonArray{QStringLiteral("t%1").arg(thread)}}});
            }
            const auto result = store.bulk(ContactBodies::newContacts(items));
            QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().detail));
            imported += result->imported;
        }
    });
    const int expected = threads * batches * perBatch;
    QCOMPARE(imported.load(), expected);

    // Every count the store keeps on the side agrees with the rows.
    ContactStore store = test.store();
    QCOMPARE(store.count(ListQuery{}).value_or(-1), expected);
    QCOMPARE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM contacts")), expected);
    QCOMPARE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM contacts_search")), expected);
    QCOMPARE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM journal")), expected);
    const auto tags = store.tagCounts(TagKind::Tag);
    QVERIFY(tags.has_value());
    QCOMPARE(tags->size(), threads);
    for (const TagCount& tag : *tags)
        QCOMPARE(tag.count, batches * perBatch);
    ListQuery search;
    search.search = QStringLiteral("Contact 1999");
    QCOMPARE(store.count(search).value_or(-1), 1);
}

void TestConcurrentWrites::preparingFromEveryThreadOfItsPool()
{
    // Server workers run on a pool and may all import at once, each spreading its batch's
    // validation over that same pool. A wait for queued work would hang here for good.
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QJsonArray items;
    for (int i = 0; i < 400; ++i) {
        items.append(QJsonObject{{QStringLiteral("userNumber"),
                                  QStringLiteral("+9715%1").arg(i, 8, 10, QLatin1Char('0'))}});
    }
    std::atomic<int> prepared = 0;
    for (int worker = 0; worker < 4; ++worker) {
        pool.start([&] {
            const ContactStore::PreparedBulk batch = ContactStore::prepareBulk(
                ContactBodies::newContacts(items), ContactSource::Import, &pool);
            prepared += int(std::count_if(batch.rows.begin(), batch.rows.end(),
                                          [](const auto& row) { return row.has_value(); }));
        });
    }
    QVERIFY2(pool.waitForDone(60000), "preparing bulk batches from the pool's threads hung");
    QCOMPARE(prepared.load(), 4 * 400);
}

void TestConcurrentWrites::writesCommitInTheOrderOfTheirTimes_data()
{
    QTest::addColumn<QString>("write");
    QTest::newRow("create") << "create";
    QTest::newRow("bulk") << "bulk";
    QTest::newRow("update") << "update";
}

void TestConcurrentWrites::writesCommitInTheOrderOfTheirTimes()
{
    // The commit-order fence of docs/sync.md: a write that waited for another's lock is
    // stamped after that one committed, never before. A sync that listed the changes since a
    // time, just after the first committed, then finds the second with its next cursor.
    QFETCH(QString, write);
    TestDatabase test;
    QVERIFY2(test.isOpen(), qPrintable(test.errorString()));
    ContactStore holder = test.store();
    auto target = holder.create(ContactBodies::newContact({{"userNumber", "+14155550100"}}));
    VERIFY_OK(target);

    std::optional<SqlTransaction> held(std::in_place, test.db(), SqlTransaction::Write);
    QVERIFY(!held->beginError());
    auto first = holder.create(ContactBodies::newContact({{"userNumber", "+14155550101"}}));
    VERIFY_OK(first);

    std::atomic<qint64> stamped = -1;
    QString failure;
    QThread* waiter = QThread::create([&] {
        auto db = ContactDatabase::open(test.path());
        if (!db) {
            failure = db.error().detail;
            return;
        }
        ContactStore store(**db);
        ApiResult<Contact> written = std::unexpected(ApiError::internal("no write"));
        if (write == QLatin1String("create")) {
            written = store.create(ContactBodies::newContact({{"userNumber", "+14155550102"}}));
        } else if (write == QLatin1String("bulk")) {
            const auto bulk = store.bulk(ContactBodies::newContacts(
                QJsonArray{QJsonObject{{"userNumber", "+14155550102"}}}));
            written = bulk && bulk->contacts.size() == 1
                          ? store.contact(bulk->contacts.first().id)
                          : std::unexpected(ApiError::internal("bulk failed"));
        } else {
            written = store.update(target->id, ContactChanges().setName(QStringLiteral("Later")));
        }
        if (written)
            stamped = written->updatedAt.toMSecsSinceEpoch();
        else
            failure = written.error().detail;
    });
    waiter->start();
    QThread::msleep(300); // the waiter is blocked on the write lock by now
    QCOMPARE(stamped.load(), -1);
    const qint64 released = QDateTime::currentMSecsSinceEpoch();
    VERIFY_OK(held->commit());
    held.reset();
    QVERIFY(waiter->wait(30000));
    delete waiter;
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(stamped >= released, qPrintable(QStringLiteral("stamped %1, the lock released at %2")
                                                 .arg(stamped.load())
                                                 .arg(released)));
    QVERIFY(stamped > first->updatedAt.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestConcurrentWrites)
#include "tst_concurrentwrites.moc"
