// A writer killed at a random moment (SIGKILL, no chance to clean up) must leave a
// consistent database: each bulk request's contacts are all there or none, and every count
// the store keeps beside the rows (organization size, tag counts, search index, journal)
// still agrees with them.

#include "ContactDatabase.h"
#include "ContactStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

const QString cliPath = QStringLiteral(CONTACTS_CLI_PATH);
constexpr int itemsPerRequest = 1000;

// The first column of the first row, -1 on failure or when there is none.
qint64 scalar(ContactDatabase& db, const QString& sql)
{
    return db.scalar(sql, {}, -1).value_or(-1);
}

QByteArray bulkBody(int request)
{
    QJsonArray items;
    for (int i = 0; i < itemsPerRequest; ++i) {
        const int n = request * itemsPerRequest + i;
        items.append(
            QJsonObject{{QStringLiteral("userNumber"),
                         QStringLiteral("+9715%1").arg(n, 8, 10, QLatin1Char('0'))},
                        {QStringLiteral("userName"), QStringLiteral("Crash %1").arg(n)},
                        {QStringLiteral("tags"),
                         QJsonArray{QStringLiteral("t%1").arg(n % 7), QStringLiteral("all")}},
                        {QStringLiteral("labels"), QJsonArray{QStringLiteral("l%1").arg(n % 3)}}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("contacts"), items}}).toJson();
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void killedBulkLeavesConsistentDatabase();
};

void TestCrashSafety::killedBulkLeavesConsistentDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("contacts.db"));
    const QString bodyPath = dir.filePath(QStringLiteral("bulk.json"));
    int killedMidway = 0;
    int completed = 0;

    for (int request = 0; request < 12; ++request) {
        QFile body(bodyPath);
        QVERIFY(body.open(QIODevice::WriteOnly | QIODevice::Truncate));
        body.write(bulkBody(request));
        body.close();

        QProcess cli;
        cli.start(cliPath, {QStringLiteral("--db"), dbPath, QStringLiteral("--compact"),
                            QStringLiteral("bulk"), bodyPath});
        QVERIFY(cli.waitForStarted());
        // Every other request runs to its end; the others are killed at delays spread over
        // a run's length (~80 ms here): before the database opens, while validating, while
        // writing, around the commit.
        if (request % 2 == 0) {
            QThread::msleep(10 + request * 8);
            if (cli.state() == QProcess::Running) {
                cli.kill();
                ++killedMidway;
            }
        }
        QVERIFY(cli.waitForFinished(30000));
        if (cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0)
            ++completed;

        auto db = ContactDatabase::open(dbPath);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().detail));
        ContactDatabase& d = **db;
        const qint64 contacts = scalar(d, QStringLiteral("SELECT count(*) FROM contacts"));
        QCOMPARE(contacts % itemsPerRequest, 0); // whole requests only
        QCOMPARE(scalar(d, QStringLiteral("SELECT contact_count FROM organizations")), contacts);
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM contacts_search")), contacts);
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM journal")), contacts);
        QCOMPARE(scalar(d, QStringLiteral("SELECT coalesce(sum(count), 0) FROM tags")),
                 scalar(d, QStringLiteral("SELECT count(*) FROM contact_tags")));
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM contact_tags")), contacts * 3);
        ContactStore store(d);
        ListQuery all;
        QCOMPARE(store.count(all).value_or(-1), contacts);
        ListQuery search;
        search.search = QStringLiteral("Crash");
        QCOMPARE(store.count(search).value_or(-1), contacts);
        QCOMPARE(d.checkIntegrity().value_or(QString()), QStringLiteral("ok"));
    }
    QVERIFY2(killedMidway > 0, "no run was killed; lower the delays");
    QVERIFY(completed >= 6);
    qInfo("%d runs killed, %d completed", killedMidway, completed);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
