// What ContactTableModel costs the database: the statements its reads run on the workers'
// connections, seen through ContactDatabase's statement observer, on a real database. An
// applied search runs its full-text query once and reads its count and first window in one
// snapshot; a window's sync marks are one statement. A QAbstractItemModelTester watches the
// model, as in every model suite.

#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactRows.h"
#include "ContactStore.h"
#include "ContactTableModel.h"
#include "SqlDialect.h"
#include "SyncConflicts.h"
#include "SyncCursors.h"
#include "SyncLinks.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(ContactFilter)

namespace {

constexpr int waitMs = 20000;
constexpr int contacts = 4000;
/// In every third name: more full-text matches than the listing hands over as a list by
/// default (1,000), fewer than the model keeps the order of.
const QString term = QStringLiteral("nadia");

struct Statement {
    QString connection;
    QString sql;
};

/// Every statement run while it lives, from any thread.
class StatementLog {
public:
    StatementLog()
    {
        ContactDatabase::setStatementObserver(
            [this](const QString& connection, const QString& sql) {
                QMutexLocker lock(&m_mutex);
                m_statements.append(Statement{connection, sql});
            });
    }
    ~StatementLog() { ContactDatabase::setStatementObserver({}); }

    QList<Statement> statements() const
    {
        QMutexLocker lock(&m_mutex);
        return m_statements;
    }

private:
    mutable QMutex m_mutex;
    QList<Statement> m_statements;
};

bool isBegin(const QString& sql)
{
    return sql.startsWith(QLatin1String("BEGIN"));
}

bool isEnd(const QString& sql)
{
    return sql == QLatin1String("COMMIT") || sql == QLatin1String("ROLLBACK");
}

bool readsContacts(const QString& sql)
{
    return sql.startsWith(QStringLiteral("SELECT ") + ContactRows::columns());
}

bool readsSyncState(const QString& sql)
{
    return sql.contains(QLatin1String("sync_links")) ||
           sql.contains(QLatin1String("sync_conflicts")) ||
           sql.contains(QLatin1String("journal")) || sql.contains(QLatin1String("settings"));
}

/// The statements of the read transaction on `connection` that holds statement `at`.
QList<Statement> transactionAround(const QList<Statement>& log, qsizetype at)
{
    const QString connection = log.at(at).connection;
    qsizetype begin = at;
    while (begin >= 0 && !(log.at(begin).connection == connection && isBegin(log.at(begin).sql)))
        --begin;
    qsizetype end = at;
    while (end < log.size() && !(log.at(end).connection == connection && isEnd(log.at(end).sql)))
        ++end;
    QList<Statement> inside;
    if (begin < 0 || end == log.size())
        return inside;
    for (qsizetype i = begin; i <= end; ++i) {
        if (log.at(i).connection == connection)
            inside.append(log.at(i));
    }
    return inside;
}

} // namespace

class TestTableReads : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appliedSearchRunsFullTextQueryOnce_data();
    void appliedSearchRunsFullTextQueryOnce();
    void windowSyncMarksAreOneStatement();

private:
    ContactTableModel* makeModel();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ContactTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTableReads::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    QJsonArray items;
    for (int i = 0; i < contacts; ++i) {
        QJsonObject body{
            {"userNumber", QStringLiteral("+97150%1").arg(1000000 + i)},
            {"userName", QStringLiteral("%1 %2")
                             .arg(i % 3 == 0 ? QStringLiteral("Nadia") : QStringLiteral("Person"))
                             .arg(i)}};
        if (i % 2 == 0)
            body.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("vip")});
        items.append(body);
    }
    auto bulk =
        m_db->store().bulk(ContactBodies::newContacts(items), ContactSource::Import, contacts);
    VERIFY_OK(bulk);
    QCOMPARE(bulk->imported, contacts);
}

void TestTableReads::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_db.reset();
}

ContactTableModel* TestTableReads::makeModel()
{
    m_model = std::make_unique<ContactTableModel>(m_db->db());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (!QTest::qWaitFor([this] { return !m_model->isCounting(); }, waitMs))
        qWarning("the model's first count did not arrive");
    // Let the first prefetch finish before anything is counted.
    QTest::qWait(100);
    return m_model.get();
}

void TestTableReads::appliedSearchRunsFullTextQueryOnce_data()
{
    QTest::addColumn<ContactFilter>("filter");
    QTest::addColumn<int>("column");
    QTest::addColumn<qint64>("matches");

    ContactFilter search;
    search.search = term;
    QTest::newRow("search, newest first")
        << search << int(ContactTableModel::CreatedColumn) << qint64((contacts + 2) / 3);
    // Names sort nulls last: two segments, each its own statement.
    QTest::newRow("search, by name")
        << search << int(ContactTableModel::NameColumn) << qint64((contacts + 2) / 3);
    // With a tag the count is a statement of its own, not the number of full-text matches.
    ContactFilter tagged = search;
    tagged.tags = {QStringLiteral("vip")};
    QTest::newRow("search and tag")
        << tagged << int(ContactTableModel::CreatedColumn) << qint64((contacts + 5) / 6);
}

void TestTableReads::appliedSearchRunsFullTextQueryOnce()
{
    QFETCH(ContactFilter, filter);
    QFETCH(int, column);
    QFETCH(qint64, matches);

    ContactTableModel* model = makeModel();
    if (column != model->sortColumn()) {
        model->sort(column, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting(), waitMs);
        QTest::qWait(100);
    }
    QCOMPARE(model->totalCount(), qint64(contacts));

    // The full-text query, row by row or as one list of ids.
    const SqlDialect& dialect = m_db->db().dialect();
    const QStringList fullText = {dialect.searchMatchSql(), dialect.searchMatchListSql()};
    QList<Statement> log;
    {
        StatementLog observed;
        model->setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting(), waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(model->isMatchOrderKnown(), waitMs);
        // Prefetched neighbours come after the order, read by row id.
        QTest::qWait(200);
        log = observed.statements();
    }
    QCOMPARE(model->totalCount(), matches);

    QList<qsizetype> fullTextRuns;
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (std::any_of(fullText.begin(), fullText.end(),
                        [&](const QString& sql) { return log.at(i).sql.contains(sql); }))
            fullTextRuns.append(i);
    }
    qInfo("%d statements, %d full-text, %d transactions", int(log.size()), int(fullTextRuns.size()),
          int(std::count_if(log.begin(), log.end(),
                            [](const Statement& s) { return isBegin(s.sql); })));
    QCOMPARE(fullTextRuns.size(), 1);

    // The count (when it is a statement at all) and the first window are read in the read
    // transaction of the full-text query: one snapshot.
    const QList<Statement> snapshot = transactionAround(log, fullTextRuns.first());
    QVERIFY2(!snapshot.isEmpty(), "the full-text query ran outside a read transaction");
    QVERIFY(std::any_of(snapshot.begin(), snapshot.end(),
                        [](const Statement& s) { return readsContacts(s.sql); }));
    if (!filter.tags.isEmpty()) {
        QVERIFY(std::any_of(snapshot.begin(), snapshot.end(), [](const Statement& s) {
            return s.sql.startsWith(QLatin1String("SELECT count(*)"));
        }));
    }
    for (const Statement& statement : log) {
        if (statement.sql.startsWith(QLatin1String("SELECT count(*)")) ||
            statement.sql.contains(QLatin1String("organizations")))
            QVERIFY2(statement.connection == snapshot.first().connection,
                     qPrintable(statement.sql));
    }
    QCOMPARE(std::count_if(snapshot.begin(), snapshot.end(),
                           [](const Statement& s) { return isBegin(s.sql); }),
             1);
}

void TestTableReads::windowSyncMarksAreOneStatement()
{
    // Sync set up, every contact linked but for a few, one in conflict, one refused.
    ContactDatabase& db = m_db->db();
    ContactStore store = m_db->store();
    const qint64 organization = store.organization().rowId;
    SyncCursors cursors(db);
    VERIFY_OK(cursors.setRemote(QStringLiteral("http://127.0.0.1:1/api/whatsapp/contacts org")));
    const auto journal = store.journal(0, 1);
    VERIFY_OK(journal);
    VERIFY_OK(cursors.setOutboxPosition(journal->first().sequence + contacts));
    ListQuery newest;
    newest.limit = 10;
    const auto page = store.list(newest);
    VERIFY_OK(page);
    SyncLinks links(db, organization);
    for (int i = 1; i < page->contacts.size(); ++i) {
        SyncLink link;
        link.contactId = page->contacts.at(i).id;
        link.remoteId = QStringLiteral("contact_remote_%1").arg(i);
        if (i == 2) {
            link.state = SyncState::Error;
            link.error = QStringLiteral("Invalid email");
        }
        VERIFY_OK(links.save(link));
    }
    SyncConflict conflict;
    conflict.contactId = page->contacts.at(3).id;
    conflict.phone = page->contacts.at(3).phone;
    conflict.field = QStringLiteral("name");
    VERIFY_OK(SyncConflicts(db, organization).add(conflict));

    ContactTableModel* model = makeModel();
    QList<Statement> log;
    {
        StatementLog observed;
        model->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting(), waitMs);
        QTest::qWait(200); // the prefetched second window
        log = observed.statements();
    }
    const auto state = [model](int row) {
        return SyncState(model->index(row, 0).data(ContactTableModel::SyncStateRole).toInt());
    };
    QCOMPARE(state(0), SyncState::Pending); // never linked
    QCOMPARE(state(1), SyncState::Synced);
    QCOMPARE(state(2), SyncState::Error);
    QCOMPARE(state(3), SyncState::Conflict);
    QVERIFY(model->index(2, 0).data(Qt::ToolTipRole).toString().contains("Invalid email"));

    const qsizetype windows = std::count_if(
        log.begin(), log.end(), [](const Statement& s) { return readsContacts(s.sql); });
    const qsizetype syncReads = std::count_if(
        log.begin(), log.end(), [](const Statement& s) { return readsSyncState(s.sql); });
    qInfo("%d windows read, %d statements on sync state", int(windows), int(syncReads));
    QVERIFY(windows >= 1);
    QCOMPARE(syncReads, windows);
}

QTEST_MAIN(TestTableReads)
#include "tst_tablereads.moc"
