// ContactTableModel over a real store: columns and roles, the store's sort orders, filters,
// refresh and reload, the bounded window cache, a 100k-row store read at random offsets and
// the asynchronous count. A QAbstractItemModelTester watches every model; expected rows come
// from the store's own API or from plain SQL written here, never from the model.

#include "ContactBatchEdit.h"
#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactGenerator.h"
#include "ContactIds.h"
#include "ContactPrinting.h"
#include "ContactStore.h"
#include "ContactTableModel.h"
#include "SyncConflicts.h"
#include "SyncCursors.h"
#include "SyncLinks.h"
#include "SyncState.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QItemSelection>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using Column = ContactTableModel::Column;
Q_DECLARE_METATYPE(ContactTableModel::Column)
Q_DECLARE_METATYPE(ContactFilter)
Q_DECLARE_METATYPE(SortField)
Q_DECLARE_METATYPE(SortOrder)

namespace {

constexpr int waitMs = 20000;

struct Sample {
    QString phone;
    QString name;
    QString email;
    QStringList tags;
    QStringList labels;
};

// Phones libphonenumber calls valid, in three regions.
const QList<Sample> samples = {
    {QStringLiteral("+971501234567"),
     QStringLiteral("Ahmed Khan"),
     QStringLiteral("ahmed@example.com"),
     {QStringLiteral("VIP")},
     {QStringLiteral("Dubai")}},
    {QStringLiteral("+447911123456"),
     QStringLiteral("Beth Jones"),
     QStringLiteral("beth@example.co.uk"),
     {QStringLiteral("VIP"), QStringLiteral("lead")},
     {}},
    {QStringLiteral("+14155552671"), QStringLiteral("Carl Smith"), QString(), {}, {}},
    {QStringLiteral("+971502345678"),
     QStringLiteral("Dana Ali"),
     QStringLiteral("dana@example.ae"),
     {QStringLiteral("lead")},
     {QStringLiteral("Dubai")}},
};

QJsonObject body(const Sample& sample)
{
    QJsonObject body{{"userNumber", sample.phone}, {"userName", sample.name}};
    if (!sample.email.isEmpty())
        body.insert(QStringLiteral("email"), sample.email);
    if (!sample.tags.isEmpty())
        body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(sample.tags));
    if (!sample.labels.isEmpty())
        body.insert(QStringLiteral("labels"), QJsonArray::fromStringList(sample.labels));
    return body;
}

} // namespace

class TestContactTableModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void columnsAndRoles_data();
    void columnsAndRoles();
    void decorationMarkers();
    void syncStateMarkers();
    void headers();
    void sortMapsToStore_data();
    void sortMapsToStore();
    void unsortableColumnsAreIgnored_data();
    void unsortableColumnsAreIgnored();
    void filterChangesCountAndRows_data();
    void filterChangesCountAndRows();
    void refreshCountsAgain();
    void reloadContactsRereadsRows();
    void contactAtAndRowOfContact();
    void contactIdsOfCachedRows();
    void prefetchesNeighbours();
    void boundedCacheWhileScrolling();
    void asyncCountKeepsRowsUntilAnswer();
    void supersededCountIsDropped();
    void largeStoreRandomOffsets();

private:
    /// A model with a tester attached, after its first count.
    ContactTableModel* makeModel();
    QList<Contact> createSamples();
    /// Waits until the row's window is read and returns its contact.
    Contact loaded(ContactTableModel& model, int row);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ContactTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestContactTableModel::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestContactTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_db.reset();
}

ContactTableModel* TestContactTableModel::makeModel()
{
    m_tester.reset();
    m_model = std::make_unique<ContactTableModel>(m_db->db());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (!QTest::qWaitFor([this] { return !m_model->isCounting(); }, waitMs))
        qWarning("the model's first count did not arrive");
    return m_model.get();
}

QList<Contact> TestContactTableModel::createSamples()
{
    ContactStore store = m_db->store();
    QList<Contact> created;
    for (const Sample& sample : samples) {
        auto contact = store.create(ContactBodies::newContact(body(sample)));
        if (!contact)
            qFatal("create failed: %s", qPrintable(errorText(contact.error())));
        created.append(*contact);
        QThread::msleep(3); // distinct created_at, so the default order is known
    }
    return created;
}

Contact TestContactTableModel::loaded(ContactTableModel& model, int row)
{
    const QModelIndex index = model.index(row, 0);
    if (!QTest::qWaitFor([&] { return model.data(index, ContactTableModel::LoadedRole).toBool(); },
                         waitMs))
        return {};
    return model.data(index, ContactTableModel::ContactRole).value<Contact>();
}

void TestContactTableModel::columnsAndRoles_data()
{
    QTest::addColumn<Column>("column");
    QTest::addColumn<QVariant>("display");
    QTest::addColumn<QVariant>("edit");

    // The first sample after an update: blocked, opted in, with a label and a country.
    QTest::newRow("name") << Column::NameColumn << QVariant(QStringLiteral("Ahmed Khan"))
                          << QVariant(QStringLiteral("Ahmed Khan"));
    QTest::newRow("phone international")
        << Column::PhoneColumn << QVariant(QStringLiteral("+971 50 123 4567"))
        << QVariant(QStringLiteral("+971501234567"));
    QTest::newRow("email") << Column::EmailColumn << QVariant(QStringLiteral("ahmed@example.com"))
                           << QVariant(QStringLiteral("ahmed@example.com"));
    QTest::newRow("country") << Column::CountryColumn << QVariant(QStringLiteral("AE"))
                             << QVariant(QStringLiteral("AE"));
    QTest::newRow("tags") << Column::TagsColumn << QVariant(QStringLiteral("VIP, new"))
                          << QVariant(QStringList{QStringLiteral("VIP"), QStringLiteral("new")});
    QTest::newRow("labels") << Column::LabelsColumn << QVariant(QStringLiteral("Dubai"))
                            << QVariant(QStringList{QStringLiteral("Dubai")});
    QTest::newRow("source") << Column::SourceColumn << QVariant(QStringLiteral("api"))
                            << QVariant(QStringLiteral("api"));
    QTest::newRow("opted in") << Column::OptedInColumn << QVariant(QStringLiteral("Yes"))
                              << QVariant(true);
    QTest::newRow("blocked") << Column::BlockedColumn << QVariant(QStringLiteral("Yes"))
                             << QVariant(true);
    QTest::newRow("last message") << Column::LastMessageColumn << QVariant() << QVariant();
    QTest::newRow("conversations") << Column::ConversationsColumn << QVariant(0) << QVariant(0);
}

void TestContactTableModel::columnsAndRoles()
{
    QFETCH(Column, column);
    QFETCH(QVariant, display);
    QFETCH(QVariant, edit);

    const QList<Contact> created = createSamples();
    auto updated = m_db->store().update(created.first().id,
                                        ContactChanges()
                                            .setTags({QStringLiteral("VIP"), QStringLiteral("new")})
                                            .setBlocked(true)
                                            .setOptedIn(true));
    VERIFY_OK(updated);
    ContactTableModel* model = makeModel();
    QCOMPARE(model->columnCount(), int(ContactTableModel::ColumnCount));
    QCOMPARE(model->rowCount(), int(samples.size()));

    const int row = model->rowOfContact(updated->id);
    QVERIFY(row >= 0);
    const QModelIndex index = model->index(row, column);
    QCOMPARE(model->data(index, Qt::DisplayRole), display);
    QCOMPARE(model->data(index, Qt::EditRole), edit);
    QCOMPARE(model->data(index, ContactTableModel::ContactIdRole).toString(), updated->id);
    QCOMPARE(model->data(index, ContactTableModel::ContactRole).value<Contact>(), *updated);
    QVERIFY(model->flags(index).testFlag(Qt::ItemIsSelectable));
    QVERIFY(!model->flags(index).testFlag(Qt::ItemIsEditable));

    // Dates show in local time, and edit as the stored instant.
    const QModelIndex created_ = model->index(row, ContactTableModel::CreatedColumn);
    QCOMPARE(model->data(created_, Qt::DisplayRole).toDateTime(), updated->createdAt);
    QCOMPARE(model->data(created_, Qt::DisplayRole).toDateTime().timeSpec(), Qt::LocalTime);
    QCOMPARE(model->data(created_, Qt::EditRole).toDateTime(), updated->createdAt);
    QVERIFY(!model->data(created_, Qt::ToolTipRole).toString().isEmpty());
}

void TestContactTableModel::decorationMarkers()
{
    const QList<Contact> created = createSamples();
    ContactStore store = m_db->store();
    VERIFY_OK(store.update(created.at(0).id, ContactChanges().setBlocked(true).setOptedIn(true)));
    VERIFY_OK(store.update(created.at(1).id, ContactChanges().setOptedIn(true)));
    // created.at(2) keeps optedIn false: opted out. created.at(3) is blocked and opted out.
    VERIFY_OK(store.update(created.at(3).id, ContactChanges().setBlocked(true)));
    ContactTableModel* model = makeModel();

    const auto icon = [model](const QString& id, int column) {
        return model->data(model->index(model->rowOfContact(id), column), Qt::DecorationRole)
            .value<QIcon>();
    };
    const QIcon blocked = icon(created.at(0).id, ContactTableModel::NameColumn);
    const QIcon optedOut = icon(created.at(2).id, ContactTableModel::OptedInColumn);
    QVERIFY(!blocked.isNull());
    QVERIFY(!optedOut.isNull());
    QVERIFY(blocked.cacheKey() != optedOut.cacheKey());
    QVERIFY(icon(created.at(1).id, ContactTableModel::NameColumn).isNull());
    // The name column marks only the blocked; each flag's column shows its own marker.
    QVERIFY(icon(created.at(2).id, ContactTableModel::NameColumn).isNull());
    QCOMPARE(icon(created.at(3).id, ContactTableModel::NameColumn).cacheKey(), blocked.cacheKey());
    QCOMPARE(icon(created.at(3).id, ContactTableModel::OptedInColumn).cacheKey(),
             optedOut.cacheKey());
    QCOMPARE(icon(created.at(3).id, ContactTableModel::BlockedColumn).cacheKey(),
             blocked.cacheKey());
    QVERIFY(icon(created.at(1).id, ContactTableModel::BlockedColumn).isNull());
    QVERIFY(icon(created.at(1).id, ContactTableModel::PhoneColumn).isNull());

    const QString tip =
        model->data(model->index(model->rowOfContact(created.at(3).id), 0), Qt::ToolTipRole)
            .toString();
    QVERIFY2(tip.contains(QStringLiteral("Blocked")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Opted out")), qPrintable(tip));
}

void TestContactTableModel::syncStateMarkers()
{
    const QList<Contact> created = createSamples();
    ContactDatabase& db = m_db->db();
    const qint64 organization = db.defaultOrganization().rowId;
    const auto state = [](ContactTableModel* model, const QString& id) {
        return SyncState(
            model->data(model->index(model->rowOfContact(id), 0), ContactTableModel::SyncStateRole)
                .toInt());
    };

    // Before sync is set up nothing is pending, and nothing is marked.
    ContactTableModel* model = makeModel();
    for (const Contact& contact : created) {
        QCOMPARE(state(model, contact.id), SyncState::Synced);
        QVERIFY(model->data(model->index(model->rowOfContact(contact.id), 0), Qt::DecorationRole)
                    .isNull());
    }

    // 0 synced, 1 failed on the server, 2 in conflict, 3 never reached the server.
    SyncCursors cursors(db);
    VERIFY_OK(cursors.setRemote(QStringLiteral("http://127.0.0.1:1/api/whatsapp/contacts org")));
    const auto journal = m_db->store().journal(0, 1000);
    VERIFY_OK(journal);
    VERIFY_OK(cursors.setOutboxPosition(journal->last().sequence));
    SyncLinks links(db, organization);
    for (int i : {0, 1, 2}) {
        SyncLink link;
        link.contactId = created.at(i).id;
        link.remoteId = QStringLiteral("contact_remote_%1").arg(i);
        if (i == 1) {
            link.state = SyncState::Error;
            link.error = QStringLiteral("Invalid email");
        }
        VERIFY_OK(links.save(link));
    }
    SyncConflict conflict;
    conflict.contactId = created.at(2).id;
    conflict.phone = created.at(2).phone;
    conflict.field = QStringLiteral("name");
    conflict.localValue = QStringLiteral("Mine");
    conflict.remoteValue = QStringLiteral("Theirs");
    VERIFY_OK(SyncConflicts(db, organization).add(conflict));

    model->refresh();
    QVERIFY(QTest::qWaitFor([model] { return !model->isCounting(); }, waitMs));
    const QList<SyncState> expected = {SyncState::Synced, SyncState::Error, SyncState::Conflict,
                                       SyncState::Pending};
    QSet<qint64> icons;
    for (int i = 0; i < created.size(); ++i) {
        const QModelIndex name = model->index(model->rowOfContact(created.at(i).id), 0);
        QCOMPARE(state(model, created.at(i).id), expected.at(i));
        const QIcon icon = model->data(name, Qt::DecorationRole).value<QIcon>();
        QCOMPARE(icon.isNull(), expected.at(i) == SyncState::Synced);
        if (!icon.isNull())
            icons.insert(icon.cacheKey());
    }
    QCOMPARE(icons.size(), 3); // one marker per state
    const auto tip = [model](const QString& id) {
        return model->data(model->index(model->rowOfContact(id), 0), Qt::ToolTipRole).toString();
    };
    QVERIFY2(tip(created.at(1).id).contains(QStringLiteral("Invalid email")),
             qPrintable(tip(created.at(1).id)));
    QVERIFY2(tip(created.at(2).id).contains(QStringLiteral("conflict")),
             qPrintable(tip(created.at(2).id)));
    QVERIFY2(tip(created.at(3).id).contains(QStringLiteral("Not synced yet")),
             qPrintable(tip(created.at(3).id)));
    QVERIFY(!tip(created.at(0).id).contains(QStringLiteral("sync"), Qt::CaseInsensitive));

    // An edit enters the outbox: the reloaded row turns pending at once.
    VERIFY_OK(
        m_db->store().update(created.at(0).id, ContactChanges().setName(QStringLiteral("Al"))));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    model->reloadContacts({created.at(0).id});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(state(model, created.at(0).id), SyncState::Pending);
}

void TestContactTableModel::headers()
{
    ContactTableModel* model = makeModel();
    QSet<QString> titles;
    for (int column = 0; column < ContactTableModel::ColumnCount; ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        QVERIFY(!title.isEmpty());
        titles.insert(title);
        // Only the columns the store cannot sort by say so.
        QCOMPARE(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).isValid(),
                 !model->isSortable(column));
    }
    QCOMPARE(titles.size(), int(ContactTableModel::ColumnCount));
    QCOMPARE(model->headerData(ContactTableModel::PhoneColumn, Qt::Horizontal).toString(),
             QStringLiteral("Phone"));
}

void TestContactTableModel::sortMapsToStore_data()
{
    QTest::addColumn<Column>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<SortField>("field");
    QTest::addColumn<SortOrder>("storeOrder");

    QTest::newRow("name asc") << Column::NameColumn << Qt::AscendingOrder << SortField::Name
                              << SortOrder::Ascending;
    QTest::newRow("name desc") << Column::NameColumn << Qt::DescendingOrder << SortField::Name
                               << SortOrder::Descending;
    QTest::newRow("created asc") << Column::CreatedColumn << Qt::AscendingOrder
                                 << SortField::CreatedAt << SortOrder::Ascending;
    QTest::newRow("updated desc") << Column::UpdatedColumn << Qt::DescendingOrder
                                  << SortField::UpdatedAt << SortOrder::Descending;
    QTest::newRow("last message asc") << Column::LastMessageColumn << Qt::AscendingOrder
                                      << SortField::LastMessageAt << SortOrder::Ascending;
}

void TestContactTableModel::sortMapsToStore()
{
    QFETCH(Column, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(SortField, field);
    QFETCH(SortOrder, storeOrder);

    const QList<Contact> created = createSamples();
    // Updates in another order than creation, so created and updated orders differ.
    VERIFY_OK(m_db->store().update(created.at(2).id, ContactChanges().setSource("crm")));
    QThread::msleep(3);
    VERIFY_OK(m_db->store().update(created.at(0).id, ContactChanges().setSource("crm")));
    ContactTableModel* model = makeModel();
    QVERIFY(model->isSortable(column));
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy sortChanged(model, &ContactTableModel::sortChanged);

    model->sort(column, order);
    QCOMPARE(sortChanged.count(), 1);
    QCOMPARE(sortChanged.first().at(0).toInt(), int(column));
    QCOMPARE(model->sortColumn(), int(column));
    QCOMPARE(model->sortOrder(), order);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting(), waitMs);
    QCOMPARE(reset.count(), 1);

    ListQuery query;
    query.sortBy = field;
    query.sortOrder = storeOrder;
    query.limit = 100;
    const auto expected = m_db->store().list(query);
    VERIFY_OK(expected);
    QCOMPARE(model->rowCount(), int(expected->contacts.size()));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(loaded(*model, row).id, expected->contacts.at(row).id);
}

void TestContactTableModel::unsortableColumnsAreIgnored_data()
{
    QTest::addColumn<Column>("column");
    for (const Column column :
         {Column::PhoneColumn, Column::EmailColumn, Column::CountryColumn, Column::TagsColumn,
          Column::LabelsColumn, Column::SourceColumn, Column::OptedInColumn, Column::BlockedColumn,
          Column::ConversationsColumn})
        QTest::newRow(QMetaEnum::fromType<Column>().valueToKey(column)) << column;
}

void TestContactTableModel::unsortableColumnsAreIgnored()
{
    QFETCH(Column, column);
    createSamples();
    ContactTableModel* model = makeModel();
    QSignalSpy counting(model, &ContactTableModel::countingChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy sortChanged(model, &ContactTableModel::sortChanged);
    QVERIFY(!model->isSortable(column));
    model->sort(column, Qt::AscendingOrder);
    // The order in force is announced, so that a header can put its indicator back.
    QCOMPARE(sortChanged.count(), 1);
    QCOMPARE(sortChanged.first().at(0).toInt(), int(ContactTableModel::CreatedColumn));
    QCOMPARE(sortChanged.first().at(1).value<Qt::SortOrder>(), Qt::DescendingOrder);
    QCOMPARE(model->sortColumn(), int(ContactTableModel::CreatedColumn));
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QVERIFY(!model->isCounting());
    QTest::qWait(50);
    QCOMPARE(counting.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestContactTableModel::filterChangesCountAndRows_data()
{
    QTest::addColumn<ContactFilter>("filter");
    QTest::addColumn<QStringList>("names");

    ContactFilter none;
    QTest::newRow("none") << none
                          << QStringList{"Dana Ali", "Carl Smith", "Beth Jones", "Ahmed Khan"};
    ContactFilter search;
    search.search = QStringLiteral("  ali ");
    QTest::newRow("search") << search << QStringList{"Dana Ali"};
    ContactFilter tag;
    tag.tags = {QStringLiteral("vip")};
    QTest::newRow("tag") << tag << QStringList{"Beth Jones", "Ahmed Khan"};
    ContactFilter tagAndLabel;
    tagAndLabel.tags = {QStringLiteral("lead")};
    tagAndLabel.labels = {QStringLiteral("dubai")};
    QTest::newRow("tag and label") << tagAndLabel << QStringList{"Dana Ali"};
    ContactFilter blocked;
    blocked.isBlocked = true;
    QTest::newRow("blocked") << blocked << QStringList{"Carl Smith"};
    ContactFilter optedOut;
    optedOut.optedIn = false;
    QTest::newRow("opted out") << optedOut << QStringList{"Dana Ali", "Carl Smith", "Ahmed Khan"};
    ContactFilter nothing;
    nothing.tags = {QStringLiteral("no such tag")};
    QTest::newRow("nothing") << nothing << QStringList{};
}

void TestContactTableModel::filterChangesCountAndRows()
{
    QFETCH(ContactFilter, filter);
    QFETCH(QStringList, names);

    const QList<Contact> created = createSamples();
    VERIFY_OK(m_db->store().update(created.at(2).id, ContactChanges().setBlocked(true)));
    VERIFY_OK(m_db->store().update(created.at(1).id, ContactChanges().setOptedIn(true)));
    ContactTableModel* model = makeModel();
    QCOMPARE(model->totalCount(), qint64(samples.size()));
    QSignalSpy total(model, &ContactTableModel::totalCountChanged);

    model->setFilter(filter);
    QCOMPARE(model->filter(), filter);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting(), waitMs);
    QCOMPARE(model->totalCount(), qint64(names.size()));
    QCOMPARE(model->rowCount(), int(names.size()));
    QCOMPARE(total.count(), names.size() == samples.size() ? 0 : 1);
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(loaded(*model, row).name.value_or(QString()));
    QCOMPARE(shown, names);
}

void TestContactTableModel::refreshCountsAgain()
{
    createSamples();
    ContactTableModel* model = makeModel();
    QCOMPARE(model->rowCount(), int(samples.size()));
    QSignalSpy total(model, &ContactTableModel::totalCountChanged);

    auto added = m_db->store().create(NewContact().setPhone("+971503456789").setName("Eve"));
    VERIFY_OK(added);
    QCOMPARE(model->rowCount(), int(samples.size())); // a model shows what it counted
    model->refresh();
    QVERIFY(model->isCounting());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting(), waitMs);
    QCOMPARE(model->rowCount(), int(samples.size()) + 1);
    QCOMPARE(total.count(), 1);
    QCOMPARE(total.first().first().toLongLong(), qint64(samples.size()) + 1);
    // The newest first, in the default order.
    QCOMPARE(loaded(*model, 0).id, added->id);
}

void TestContactTableModel::reloadContactsRereadsRows()
{
    const QList<Contact> created = createSamples();
    ContactTableModel* model = makeModel();
    const int row = model->rowOfContact(created.at(1).id);
    QVERIFY(row >= 0);
    const QModelIndex name = model->index(row, ContactTableModel::NameColumn);
    QCOMPARE(model->data(name).toString(), QStringLiteral("Beth Jones"));

    VERIFY_OK(m_db->store().update(created.at(1).id, ContactChanges().setName("Beth Brown")));
    QCOMPARE(model->data(name).toString(), QStringLiteral("Beth Jones"));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    model->reloadContacts({created.at(1).id, QStringLiteral("contact_unknown")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model->index(row, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             model->index(row, ContactTableModel::ColumnCount - 1));
    QCOMPARE(model->data(name).toString(), QStringLiteral("Beth Brown"));
    QCOMPARE(model->rowOfContact(created.at(1).id), row);
}

void TestContactTableModel::contactAtAndRowOfContact()
{
    const QList<Contact> created = createSamples();
    ContactTableModel* model = makeModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto contact = model->contactAt(row);
        QVERIFY(contact);
        // The default order is newest first.
        QCOMPARE(*contact, created.at(created.size() - 1 - row));
        QCOMPARE(model->rowOfContact(contact->id), row);
    }
    QVERIFY(!model->contactAt(-1));
    QVERIFY(!model->contactAt(model->rowCount()));
    QCOMPARE(model->rowOfContact(QStringLiteral("contact_unknown")), -1);
}

void TestContactTableModel::contactIdsOfCachedRows()
{
    const QList<Contact> created = createSamples();
    ContactTableModel* model = makeModel();
    // Rows 0 and 2, two columns each: each row once, in row order.
    const QModelIndexList indexes = {model->index(2, 1), model->index(0, 0), model->index(2, 0),
                                     model->index(0, 3)};
    std::optional<ApiResult<QStringList>> answer;
    QObject context;
    model->contactIds(indexes, &context,
                      [&answer](ApiResult<QStringList> ids) { answer = std::move(ids); });
    QVERIFY(answer); // all cached: answered at once
    VERIFY_OK(*answer);
    QCOMPARE(**answer, (QStringList{created.at(3).id, created.at(1).id}));

    QItemSelection selection(model->index(1, 0), model->index(3, 0));
    answer.reset();
    model->contactIds(selection, &context,
                      [&answer](ApiResult<QStringList> ids) { answer = std::move(ids); });
    QVERIFY(answer);
    QCOMPARE(**answer, (QStringList{created.at(2).id, created.at(1).id, created.at(0).id}));
}

void TestContactTableModel::prefetchesNeighbours()
{
    ContactGenerator generator(5);
    const auto bulk = m_db->store().bulk(ContactBodies::newContacts(generator.nextBatch(1000)));
    VERIFY_OK(bulk);
    ContactTableModel* model = makeModel();
    QCOMPARE(model->rowCount(), 1000);
    // The first window came with the count; the second is read next, unasked.
    QTRY_COMPARE_WITH_TIMEOUT(model->cachedRowCount(), 2 * ContactTableModel::windowSize, waitMs);
    QTest::qWait(100);
    QCOMPARE(model->cachedRowCount(), 2 * ContactTableModel::windowSize); // and no further
    // A window the view asks for brings its two neighbours.
    loaded(*model, 3 * ContactTableModel::windowSize);
    QTRY_COMPARE_WITH_TIMEOUT(model->cachedRowCount(), 1000, waitMs);
}

void TestContactTableModel::boundedCacheWhileScrolling()
{
    const int count = 6000;
    ContactGenerator generator(7);
    auto bulk = m_db->store().bulk(ContactBodies::newContacts(generator.nextBatch(count)),
                                   ContactSource::Import, count);
    VERIFY_OK(bulk);
    QCOMPARE(bulk->imported, count);
    ContactTableModel* model = makeModel();
    QCOMPARE(model->rowCount(), count);
    const int bound = ContactTableModel::windowSize * ContactTableModel::maxCachedWindows;
    QVERIFY(count > bound);

    // Reference: the default order by plain SQL, independent of the store's listing.
    QSqlQuery reference(m_db->db().connection());
    QVERIFY(reference.exec(
        QStringLiteral("SELECT uid FROM contacts ORDER BY created_at DESC, uid DESC")));
    QStringList ids;
    while (reference.next())
        ids.append(ContactIds::contactId(reference.value(0).toByteArray()));
    QCOMPARE(ids.size(), count);

    // Scrolls through every row, as a view would: asking for what it shows.
    int maxCached = 0;
    for (int row = 0; row < count; row += 50) {
        const Contact contact = loaded(*model, row);
        QCOMPARE(contact.id, ids.at(row));
        maxCached = std::max(maxCached, model->cachedRowCount());
    }
    QVERIFY2(maxCached <= bound, qPrintable(QString::number(maxCached)));
    QCOMPARE(model->cachedRowCount(), bound);
    // Evicted rows are read again when asked for, and still right.
    const int early = ContactTableModel::windowSize * 3;
    QCOMPARE(model->rowOfContact(ids.at(early)), -1);
    QCOMPARE(loaded(*model, early).id, ids.at(early));
    QCOMPARE(model->rowOfContact(ids.at(early)), early);
    QCOMPARE(loaded(*model, count - 1).id, ids.last());

    // A selection of uncached rows resolves on a worker.
    std::optional<ApiResult<QStringList>> answer;
    QObject context;
    QItemSelection selection(model->index(1000, 0), model->index(4999, 0));
    selection.select(model->index(10, 2), model->index(19, 2));
    model->contactIds(selection, &context,
                      [&answer](ApiResult<QStringList> ids) { answer = std::move(ids); });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), waitMs);
    VERIFY_OK(*answer);
    QCOMPARE(**answer, ids.mid(10, 10) + ids.mid(1000, 4000));

    // A destroyed context drops the answer.
    bool called = false;
    {
        QObject shortLived;
        model->contactIds(QItemSelection(model->index(0, 0), model->index(5999, 0)), &shortLived,
                          [&called](ApiResult<QStringList>) { called = true; });
    }
    QTest::qWait(300);
    QVERIFY(!called);
}

void TestContactTableModel::asyncCountKeepsRowsUntilAnswer()
{
    const QList<Contact> created = createSamples();
    ContactTableModel* model = makeModel();
    QSignalSpy counting(model, &ContactTableModel::countingChanged);
    QSignalSpy total(model, &ContactTableModel::totalCountChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    ContactFilter filter;
    filter.tags = {QStringLiteral("lead")};
    model->setFilter(filter);
    // The count runs on a worker: nothing has changed yet, the old rows are still shown.
    QVERIFY(model->isCounting());
    QCOMPARE(counting.count(), 1);
    QCOMPARE(counting.first().first().toBool(), true);
    QCOMPARE(model->rowCount(), int(samples.size()));
    QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("Dana Ali"));
    QCOMPARE(reset.count(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(counting.count(), 2, waitMs);
    QCOMPARE(counting.last().first().toBool(), false);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(total.count(), 1);
    QCOMPARE(total.first().first().toLongLong(), 2);
    QCOMPARE(model->rowCount(), 2);
    // The first window came with the count: no placeholder after the reset.
    QVERIFY(model->data(model->index(1, 0), ContactTableModel::LoadedRole).toBool());
    QCOMPARE(model->data(model->index(1, 0)).toString(), QStringLiteral("Beth Jones"));
}

void TestContactTableModel::supersededCountIsDropped()
{
    createSamples();
    ContactTableModel* model = makeModel();
    QSignalSpy total(model, &ContactTableModel::totalCountChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy counting(model, &ContactTableModel::countingChanged);

    ContactFilter first;
    first.tags = {QStringLiteral("vip")};
    ContactFilter second;
    second.search = QStringLiteral("carl");
    model->setFilter(first);
    model->setFilter(second);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting(), waitMs);
    QTest::qWait(100);             // the first answer, if it were delivered, would come by now too
    QCOMPARE(counting.count(), 2); // one busy period for both
    QCOMPARE(reset.count(), 1);
    QCOMPARE(total.count(), 1);
    QCOMPARE(total.first().first().toLongLong(), 1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("Carl Smith"));
}

void TestContactTableModel::largeStoreRandomOffsets()
{
    // 100,000 contacts through the store's bulk path, as a file import writes them: short
    // bodies (a phone and a name of random syllables), which insert three times faster than
    // the generator's full ones.
    const int count = 100000;
    const QStringList syllables = {"ka", "lo", "mi", "ra", "su", "te", "vo", "zu", "ne", "pa"};
    QRandomGenerator names(7);
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        QString name;
        for (int s = 0; s < 4; ++s)
            name += syllables.at(int(names.bounded(int(syllables.size()))));
        name[0] = name[0].toUpper();
        items.append(QJsonObject{{"userNumber", QStringLiteral("+97150%1").arg(1000000 + i)},
                                 {"userName", name}});
    }
    ContactStore store = m_db->store();
    auto bulk = store.bulk(ContactBodies::newContacts(items), ContactSource::Import, count);
    VERIFY_OK(bulk);
    QCOMPARE(bulk->imported, count);
    ContactTableModel* model = makeModel();
    QCOMPARE(model->rowCount(), count);

    model->sort(ContactTableModel::NameColumn, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting(), waitMs);
    QCOMPARE(model->rowCount(), count);

    // Reference by plain SQL, read once: names A to Z by folded key, ties by uid (every
    // contact here has a name).
    QSqlQuery reference(m_db->db().connection());
    QVERIFY(reference.exec(QStringLiteral("SELECT uid FROM contacts ORDER BY name_key, uid")));
    QStringList ids;
    ids.reserve(count);
    while (reference.next())
        ids.append(ContactIds::contactId(reference.value(0).toByteArray()));
    reference.finish();
    QCOMPARE(ids.size(), count);
    // Few reads: the tester checks every row of the model on each window's dataChanged.
    QRandomGenerator random(42);
    for (int i = 0; i < 10; ++i) {
        const int row = i == 0 ? count - 1 : int(random.bounded(count));
        QCOMPARE(loaded(*model, row).id, ids.at(row));
    }
    QVERIFY(model->cachedRowCount() <=
            ContactTableModel::windowSize * ContactTableModel::maxCachedWindows);

    // A filter over the large store: the count arrives asynchronously and matches the store.
    ContactFilter filter;
    filter.search = QStringLiteral("kalo"); // in about 3% of the names
    ListQuery query;
    query.search = filter.search;
    const auto expected = store.count(query);
    VERIFY_OK(expected);
    QVERIFY(*expected > 1000);
    model->setFilter(filter);
    QVERIFY(model->isCounting());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting(), waitMs);
    QCOMPARE(model->totalCount(), *expected);
    QVERIFY(*expected > 2 * ContactTableModel::windowSize);
    // The matches' order is read once, then windows by id: the same rows as the store's
    // own listing gives, in the model's order (name A to Z).
    query.sortBy = SortField::Name;
    query.sortOrder = SortOrder::Ascending;
    QTRY_VERIFY_WITH_TIMEOUT(model->isMatchOrderKnown(), waitMs);
    for (int i = 0; i < 4; ++i) {
        const int row = i == 0 ? int(*expected) - 1 : int(random.bounded(int(*expected)));
        const auto window = store.window(query, row, 1, *expected);
        VERIFY_OK(window);
        const auto reference = store.contactsByRowId(window->rowIds);
        VERIFY_OK(reference);
        QCOMPARE(reference->size(), 1);
        const Contact contact = loaded(*model, row);
        QCOMPARE(contact, reference->first());
        QVERIFY2(contact.name.value_or(QString()).contains(filter.search, Qt::CaseInsensitive),
                 qPrintable(contact.name.value_or(QString())));
    }
    // Uncached rows by the known order too: a selection's ids, and one contact read at once.
    const auto matches = store.window(query, 0, *expected);
    VERIFY_OK(matches);
    const auto matchIds = store.contactIdsByRowId(matches->rowIds);
    VERIFY_OK(matchIds);
    // The first row of a window not cached, and a selection around it.
    int deep = -1;
    for (int row = 0; row < int(*expected) && deep < 0; row += ContactTableModel::windowSize) {
        if (model->rowOfContact(matchIds->at(row)) < 0)
            deep = row;
    }
    QVERIFY(deep >= 0);
    const auto atDeep = model->contactAt(deep);
    QVERIFY(atDeep);
    QCOMPARE(atDeep->id, matchIds->at(deep));
    const int top = std::max(0, deep - 250);
    const int bottom = std::min(int(*expected) - 1, deep + 250);
    std::optional<ApiResult<QStringList>> selected;
    QObject context;
    model->contactIds(QItemSelection(model->index(top, 0), model->index(bottom, 0)), &context,
                      [&selected](ApiResult<QStringList> ids) { selected = std::move(ids); });
    QTRY_VERIFY_WITH_TIMEOUT(selected.has_value(), waitMs);
    VERIFY_OK(*selected);
    QCOMPARE(**selected, matchIds->mid(top, bottom - top + 1));
    // A refresh forgets it until the new count's order is read.
    model->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(model->isMatchOrderKnown(), waitMs);
}

QTEST_MAIN(TestContactTableModel)
#include "tst_contacttablemodel.moc"
