// The three-way merge of sync.md's Conflicts section, field by field.
#include "ThreeWayMerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(std::optional<QJsonObject>)

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestThreeWayMerge : public QObject {
    Q_OBJECT

private slots:
    void scalarFields_data();
    void scalarFields();
    void sets_data();
    void sets();
    void onlyRemoteFieldsAreMerged();
};

void TestThreeWayMerge::scalarFields_data()
{
    QTest::addColumn<std::optional<QJsonObject>>("base");
    QTest::addColumn<QJsonObject>("local");
    QTest::addColumn<QJsonObject>("remote");
    QTest::addColumn<QJsonObject>("merged");
    QTest::addColumn<QStringList>("conflicts");

    const auto base = std::optional(object(R"({"name":"Ana","email":null,"opted_in":false})"));
    QTest::newRow("unchanged") << base << *base << *base << *base << QStringList{};
    QTest::newRow("changed here only")
        << base << object(R"({"name":"Ana B","email":null,"opted_in":false})") << *base
        << object(R"({"name":"Ana B","email":null,"opted_in":false})") << QStringList{};
    QTest::newRow("changed there only")
        << base << *base << object(R"({"name":"Ana","email":"a@x.io","opted_in":true})")
        << object(R"({"name":"Ana","email":"a@x.io","opted_in":true})") << QStringList{};
    QTest::newRow("different fields on each side")
        << base << object(R"({"name":"Ana B","email":null,"opted_in":false})")
        << object(R"({"name":"Ana","email":"a@x.io","opted_in":false})")
        << object(R"({"name":"Ana B","email":"a@x.io","opted_in":false})") << QStringList{};
    QTest::newRow("same change on both sides")
        << base << object(R"({"name":"Ana B","email":null,"opted_in":false})")
        << object(R"({"name":"Ana B","email":null,"opted_in":false})")
        << object(R"({"name":"Ana B","email":null,"opted_in":false})") << QStringList{};
    QTest::newRow("both changed: the server wins, ours is a conflict")
        << base << object(R"({"name":"Mine","email":null,"opted_in":true})")
        << object(R"({"name":"Theirs","email":null,"opted_in":true})")
        << object(R"({"name":"Theirs","email":null,"opted_in":true})") << QStringList{"name"};
    QTest::newRow("a clear against an edit")
        << base << object(R"({"name":null,"email":null,"opted_in":false})")
        << object(R"({"name":"Theirs","email":null,"opted_in":false})")
        << object(R"({"name":"Theirs","email":null,"opted_in":false})") << QStringList{"name"};
    QTest::newRow("no base: every difference is a conflict")
        << std::optional<QJsonObject>()
        << object(R"({"name":"Mine","email":"m@x.io","opted_in":false})")
        << object(R"({"name":"Theirs","email":"m@x.io","opted_in":true})")
        << object(R"({"name":"Theirs","email":"m@x.io","opted_in":true})")
        << QStringList{"name", "opted_in"};
}

void TestThreeWayMerge::scalarFields()
{
    QFETCH(std::optional<QJsonObject>, base);
    QFETCH(QJsonObject, local);
    QFETCH(QJsonObject, remote);
    QFETCH(QJsonObject, merged);
    QFETCH(QStringList, conflicts);

    const ThreeWayMerge::Result result = ThreeWayMerge::merge(base, local, remote);
    QCOMPARE(result.merged, merged);
    QStringList fields;
    for (const ThreeWayMerge::FieldConflict& conflict : result.conflicts) {
        fields.append(conflict.field);
        QCOMPARE(conflict.local, local.value(conflict.field));
        QCOMPARE(conflict.remote, remote.value(conflict.field));
    }
    fields.sort();
    QCOMPARE(fields, conflicts);
}

void TestThreeWayMerge::sets_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("local");
    QTest::addColumn<QStringList>("remote");
    QTest::addColumn<QStringList>("merged");

    QTest::newRow("additions on both sides") << QStringList{"a"} << QStringList{"a", "b"}
                                             << QStringList{"a", "c"} << QStringList{"a", "c", "b"};
    QTest::newRow("removal here, addition there")
        << QStringList{"a", "b"} << QStringList{"a"} << QStringList{"a", "b", "c"}
        << QStringList{"a", "c"};
    QTest::newRow("removal there, addition here")
        << QStringList{"a", "b"} << QStringList{"a", "b", "d"} << QStringList{"b"}
        << QStringList{"b", "d"};
    QTest::newRow("removed on both sides")
        << QStringList{"a", "b"} << QStringList{"b"} << QStringList{"b"} << QStringList{"b"};
    QTest::newRow("case-insensitive: one tag") << QStringList{"VIP"} << QStringList{"vip", "new"}
                                               << QStringList{"VIP"} << QStringList{"VIP", "new"};
    QTest::newRow("added on both sides in other cases")
        << QStringList{} << QStringList{"Gold"} << QStringList{"gold"} << QStringList{"gold"};
}

void TestThreeWayMerge::sets()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, local);
    QFETCH(QStringList, remote);
    QFETCH(QStringList, merged);

    for (const QString& field : {QStringLiteral("tags"), QStringLiteral("labels")}) {
        const ThreeWayMerge::Result result =
            ThreeWayMerge::merge(QJsonObject{{field, QJsonArray::fromStringList(base)}},
                                 QJsonObject{{field, QJsonArray::fromStringList(local)}},
                                 QJsonObject{{field, QJsonArray::fromStringList(remote)}});
        QCOMPARE(result.merged.value(field).toArray(), QJsonArray::fromStringList(merged));
        QVERIFY(result.conflicts.isEmpty());
    }
}

void TestThreeWayMerge::onlyRemoteFieldsAreMerged()
{
    // A list without view=full has no params: the local params are not touched.
    const ThreeWayMerge::Result result =
        ThreeWayMerge::merge(object(R"({"name":"A","params":{"k":1}})"),
                             object(R"({"name":"A","params":{"k":2}})"), object(R"({"name":"B"})"));
    QCOMPARE(result.merged, object(R"({"name":"B"})"));
    QVERIFY(result.conflicts.isEmpty());
}

QTEST_APPLESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
