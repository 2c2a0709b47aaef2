// TagListModel: the sidebar's tags or labels with their counts, most used first, refreshed
// on a worker; a QAbstractItemModelTester watches every model.

#include "ContactBatchEdit.h"
#include "ContactStore.h"
#include "TagListModel.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(TagKind)

class TestTagListModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsWithCounts_data();
    void listsWithCounts();
    void refreshFollowsEdits();
    void supersededRefreshIsDropped();
    void emptyStore();

private:
    TagListModel* makeModel(TagKind kind);
    void createContacts();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TagListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTagListModel::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestTagListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_db.reset();
}

TagListModel* TestTagListModel::makeModel(TagKind kind)
{
    m_tester.reset();
    m_model = std::make_unique<TagListModel>(m_db->db(), kind);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (!QTest::qWaitFor([this] { return !m_model->isLoading(); }, 10000))
        qWarning("the tags did not arrive");
    return m_model.get();
}

void TestTagListModel::createContacts()
{
    const QList<QPair<QStringList, QStringList>> rows = {
        {{"VIP", "lead"}, {"Dubai"}},
        {{"vip"}, {"Dubai", "Riyadh"}},
        {{"VIP", "churned"}, {}},
        {{}, {"Riyadh"}},
    };
    const QStringList phones = {"+971501234567", "+971502345678", "+447911123456", "+14155552671"};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto created = m_db->store().create(NewContact()
                                                .setPhone(phones.at(i))
                                                .setTags(rows.at(i).first)
                                                .setLabels(rows.at(i).second));
        QVERIFY(created);
    }
}

void TestTagListModel::listsWithCounts_data()
{
    QTest::addColumn<TagKind>("kind");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<qint64>>("counts");
    // Most used first, ties by name; the first spelling is the one shown.
    QTest::newRow("tags") << TagKind::Tag << QStringList{"VIP", "churned", "lead"}
                          << QList<qint64>{3, 1, 1};
    QTest::newRow("labels") << TagKind::Label << QStringList{"Dubai", "Riyadh"}
                            << QList<qint64>{2, 2};
}

void TestTagListModel::listsWithCounts()
{
    QFETCH(TagKind, kind);
    QFETCH(QStringList, names);
    QFETCH(QList<qint64>, counts);
    createContacts();
    TagListModel* model = makeModel(kind);
    QCOMPARE(model->kind(), kind);
    QCOMPARE(model->rowCount(), int(names.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        QCOMPARE(model->data(index).toString(), names.at(row));
        QCOMPARE(model->data(index, TagListModel::NameRole).toString(), names.at(row));
        QCOMPARE(model->data(index, TagListModel::CountRole).toLongLong(), counts.at(row));
        QVERIFY(model->data(index, Qt::ToolTipRole).toString().contains(names.at(row)));
        QCOMPARE(model->rowOf(names.at(row).toUpper()), row);
    }
    QCOMPARE(model->rowOf(QStringLiteral("nothing")), -1);
    QCOMPARE(model->roleNames().value(TagListModel::CountRole), QByteArray("count"));
}

void TestTagListModel::refreshFollowsEdits()
{
    createContacts();
    TagListModel* model = makeModel(TagKind::Tag);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(model, &TagListModel::refreshed);

    auto created =
        m_db->store().create(NewContact().setPhone("+971503456789").setTags({"lead", "new"}));
    QVERIFY(created);
    QCOMPARE(model->data(model->index(model->rowOf("lead")), TagListModel::CountRole), 1);
    model->refresh();
    QVERIFY(model->isLoading());
    QTRY_COMPARE(refreshed.count(), 1);
    QVERIFY(!model->isLoading());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->data(model->index(1)).toString(), QStringLiteral("lead"));
    QCOMPARE(model->data(model->index(1), TagListModel::CountRole).toLongLong(), 2);
    QVERIFY(model->rowOf("new") >= 0);
}

void TestTagListModel::supersededRefreshIsDropped()
{
    createContacts();
    TagListModel* model = makeModel(TagKind::Label);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy loading(model, &TagListModel::loadingChanged);
    model->refresh();
    model->refresh();
    QTRY_VERIFY(!model->isLoading());
    QTest::qWait(100);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(loading.count(), 2);
    QCOMPARE(model->rowCount(), 2);
}

void TestTagListModel::emptyStore()
{
    TagListModel* model = makeModel(TagKind::Tag);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->index(0).isValid());
}

QTEST_GUILESS_MAIN(TestTagListModel)
#include "tst_taglistmodel.moc"
