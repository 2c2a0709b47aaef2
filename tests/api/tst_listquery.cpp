// The list parameters of GET /api/whatsapp/contacts as contacts-api.md reads them: defaults,
// the 400 message of each bad value, the clamp of limit, and the extension filters.
//
// Assumption (the reference is silent): parameter values are exact and lowercase, so
// `sortBy=NAME` and `sortOrder=ASC` are unknown values, and a parameter that is present but
// empty (`page=`, `sortBy=`) is a bad value rather than the default.

#include "ApiError.h"
#include "ListQueryReader.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

Q_DECLARE_METATYPE(SortField)
Q_DECLARE_METATYPE(SortOrder)

namespace {

// Built from the percent-encoded text a server receives, so decoding is part of the test.
ApiResult<ListQuery> parse(const QString& encodedQuery)
{
    return ListQueryReader::read(QUrlQuery(encodedQuery));
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

class TestListQuery : public QObject {
    Q_OBJECT

private slots:
    void defaults();
    void unknownParametersAreIgnored();
    void pageAndLimit_data();
    void pageAndLimit();
    void sorting_data();
    void sorting();
    void badValue_data();
    void badValue();
    void search_data();
    void search();
    void tagAndLabelFilters();
    void booleanFilters_data();
    void booleanFilters();
    void updatedSince_data();
    void updatedSince();
    void offset_data();
    void offset();
    void sortFieldNames_data();
    void sortFieldNames();
};

void TestListQuery::defaults()
{
    const auto query = parse(QString());
    QVERIFY2(query.has_value(), qPrintable(query ? QString() : query.error().message));
    QCOMPARE(query->page, 1);
    QCOMPARE(query->limit, 20);
    QCOMPARE(query->sortBy, SortField::CreatedAt);
    QCOMPARE(query->sortOrder, SortOrder::Descending);
    QVERIFY(query->search.isEmpty());
    QVERIFY(query->tags.isEmpty());
    QVERIFY(query->labels.isEmpty());
    QVERIFY(!query->optedIn.has_value());
    QVERIFY(!query->isBlocked.has_value());
    QVERIFY(!query->updatedSince.has_value());
    QCOMPARE(query->offset(), 0);
}

void TestListQuery::unknownParametersAreIgnored()
{
    const auto query = parse(QStringLiteral("foo=bar&Page=0&SORTBY=x&view=full&page=3"));
    QVERIFY2(query.has_value(), qPrintable(query ? QString() : query.error().message));
    QCOMPARE(query->page, 3);
    QCOMPARE(query->limit, 20);
    QCOMPARE(query->sortBy, SortField::CreatedAt);
}

void TestListQuery::pageAndLimit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");

    QTest::newRow("page 1") << "page=1" << 1 << 20;
    QTest::newRow("page 2") << "page=2" << 2 << 20;
    QTest::newRow("page past any data") << "page=1000000" << 1000000 << 20;
    QTest::newRow("page int max") << "page=2147483647" << 2147483647 << 20;
    QTest::newRow("limit 1") << "limit=1" << 1 << 1;
    QTest::newRow("limit 50") << "limit=50" << 1 << 50;
    QTest::newRow("limit 100") << "limit=100" << 1 << 100;
    QTest::newRow("limit 101 clamped") << "limit=101" << 1 << 100;
    QTest::newRow("limit 1000 clamped") << "limit=1000" << 1 << 100;
    // An integer above 100 even when it does not fit an int: still clamped, not "invalid".
    QTest::newRow("limit beyond int clamped") << "limit=99999999999" << 1 << 100;
    QTest::newRow("both") << "page=4&limit=25" << 4 << 25;
}

void TestListQuery::pageAndLimit()
{
    QFETCH(QString, query);
    QFETCH(int, page);
    QFETCH(int, limit);

    const auto parsed = parse(query);
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->page, page);
    QCOMPARE(parsed->limit, limit);
}

void TestListQuery::sorting_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<SortField>("sortBy");
    QTest::addColumn<SortOrder>("sortOrder");

    QTest::newRow("created_at") << "sortBy=created_at" << SortField::CreatedAt
                                << SortOrder::Descending;
    QTest::newRow("name") << "sortBy=name" << SortField::Name << SortOrder::Descending;
    QTest::newRow("last_message_at")
        << "sortBy=last_message_at" << SortField::LastMessageAt << SortOrder::Descending;
    QTest::newRow("updated_at (extension)")
        << "sortBy=updated_at" << SortField::UpdatedAt << SortOrder::Descending;
    QTest::newRow("asc") << "sortOrder=asc" << SortField::CreatedAt << SortOrder::Ascending;
    QTest::newRow("desc") << "sortOrder=desc" << SortField::CreatedAt << SortOrder::Descending;
    QTest::newRow("name asc") << "sortBy=name&sortOrder=asc" << SortField::Name
                              << SortOrder::Ascending;
}

void TestListQuery::sorting()
{
    QFETCH(QString, query);
    QFETCH(SortField, sortBy);
    QFETCH(SortOrder, sortOrder);

    const auto parsed = parse(query);
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->sortBy, sortBy);
    QCOMPARE(parsed->sortOrder, sortOrder);
}

void TestListQuery::badValue_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");

    const QString page = ApiMessages::invalidPage;
    const QString limit = ApiMessages::invalidLimit;
    const QString sortBy = ApiMessages::invalidSortBy;
    const QString sortOrder = ApiMessages::invalidSortOrder;

    QTest::newRow("page 0") << "page=0" << page;
    QTest::newRow("page -1") << "page=-1" << page;
    QTest::newRow("page abc") << "page=abc" << page;
    QTest::newRow("page 1.5") << "page=1.5" << page;
    QTest::newRow("page empty") << "page=" << page;
    QTest::newRow("page 2abc") << "page=2abc" << page;
    QTest::newRow("page 1e3") << "page=1e3" << page;
    QTest::newRow("page 0x10") << "page=0x10" << page;
    QTest::newRow("page with a valid limit") << "limit=10&page=0" << page;

    QTest::newRow("limit 0") << "limit=0" << limit;
    QTest::newRow("limit -1") << "limit=-1" << limit;
    QTest::newRow("limit abc") << "limit=abc" << limit;
    QTest::newRow("limit 1.5") << "limit=1.5" << limit;
    QTest::newRow("limit empty") << "limit=" << limit;
    QTest::newRow("limit 2abc") << "limit=2abc" << limit;
    QTest::newRow("limit -1000") << "limit=-1000" << limit;
    QTest::newRow("limit with a valid page") << "page=2&limit=0" << limit;

    QTest::newRow("sortBy unknown") << "sortBy=phone" << sortBy;
    QTest::newRow("sortBy upper case") << "sortBy=NAME" << sortBy;
    QTest::newRow("sortBy capitalised") << "sortBy=Name" << sortBy;
    QTest::newRow("sortBy camelCase") << "sortBy=createdAt" << sortBy;
    QTest::newRow("sortBy lastMessageAt") << "sortBy=lastMessageAt" << sortBy;
    QTest::newRow("sortBy trailing space") << "sortBy=name%20" << sortBy;
    QTest::newRow("sortBy empty") << "sortBy=" << sortBy;

    QTest::newRow("sortOrder unknown") << "sortOrder=up" << sortOrder;
    QTest::newRow("sortOrder upper case") << "sortOrder=ASC" << sortOrder;
    QTest::newRow("sortOrder capitalised") << "sortOrder=Desc" << sortOrder;
    QTest::newRow("sortOrder ascending") << "sortOrder=ascending" << sortOrder;
    QTest::newRow("sortOrder empty") << "sortOrder=" << sortOrder;

    QTest::newRow("optedIn") << "optedIn=yes" << ApiMessages::invalidOptedInFilter;
    QTest::newRow("isBlocked") << "isBlocked=1" << ApiMessages::invalidIsBlockedFilter;
    QTest::newRow("updatedSince") << "updatedSince=yesterday" << ApiMessages::invalidUpdatedSince;
}

void TestListQuery::badValue()
{
    QFETCH(QString, query);
    QFETCH(QString, message);

    const auto parsed = parse(query);
    QVERIFY2(!parsed.has_value(), qPrintable(QStringLiteral("accepted %1").arg(query)));
    QCOMPARE(parsed.error().status, 400);
    QCOMPARE(parsed.error().message, message);
}

void TestListQuery::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("search");

    QTest::newRow("absent") << ""
                            << "";
    QTest::newRow("plain") << "search=ahmed"
                           << "ahmed";
    QTest::newRow("trimmed") << "search=%20%20Ahmed%20Hassan%09"
                             << "Ahmed Hassan";
    QTest::newRow("whitespace only") << "search=%20%20%09"
                                     << "";
    // A percent sign and a plus must come out decoded: `%25` is `%`, `%2B` is `+`.
    QTest::newRow("percent") << "search=50%25%20off"
                             << "50% off";
    QTest::newRow("plus") << "search=%2B971%2050"
                          << "+971 50";
    QTest::newRow("ampersand") << "search=a%26b"
                               << "a&b";
    QTest::newRow("equals") << "search=a%3Db"
                            << "a=b";
    QTest::newRow("hash") << "search=%23vip"
                          << "#vip";
    QTest::newRow("arabic") << "search=%D9%85%D8%AD%D9%85%D8%AF" << QStringLiteral("محمد");
    QTest::newRow("emoji") << "search=%F0%9F%9A%80" << QStringLiteral("🚀");
    QTest::newRow("quotes") << "search=say%20%22hi%22"
                            << "say \"hi\"";
    QTest::newRow("fts syntax") << "search=NEAR(a%20b)%20OR%20c*"
                                << "NEAR(a b) OR c*";
}

void TestListQuery::search()
{
    QFETCH(QString, query);
    QFETCH(QString, search);

    const auto parsed = parse(query);
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->search, search);
}

void TestListQuery::tagAndLabelFilters()
{
    const auto parsed =
        parse(QStringLiteral("tag=vip&label=premium&tag=New%20Lead&label=gold&tag=50%25"));
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->tags, QStringList({"vip", "New Lead", "50%"}));
    QCOMPARE(parsed->labels, QStringList({"premium", "gold"}));

    const auto single = parse(QStringLiteral("tag=vip"));
    QVERIFY(single.has_value());
    QCOMPARE(single->tags, QStringList({"vip"}));
    QVERIFY(single->labels.isEmpty());
}

void TestListQuery::booleanFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("optedIn");   // -1: absent, 0: false, 1: true
    QTest::addColumn<int>("isBlocked"); // likewise

    QTest::newRow("none") << "" << -1 << -1;
    QTest::newRow("optedIn true") << "optedIn=true" << 1 << -1;
    QTest::newRow("optedIn false") << "optedIn=false" << 0 << -1;
    QTest::newRow("isBlocked true") << "isBlocked=true" << -1 << 1;
    QTest::newRow("isBlocked false") << "isBlocked=false" << -1 << 0;
    QTest::newRow("both") << "optedIn=false&isBlocked=true" << 0 << 1;
}

void TestListQuery::booleanFilters()
{
    QFETCH(QString, query);
    QFETCH(int, optedIn);
    QFETCH(int, isBlocked);

    const auto parsed = parse(query);
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
    const auto asInt = [](const std::optional<bool>& value) {
        return value ? int(*value) : -1;
    };
    QCOMPARE(asInt(parsed->optedIn), optedIn);
    QCOMPARE(asInt(parsed->isBlocked), isBlocked);
}

void TestListQuery::updatedSince_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime at = utc(2026, 5, 16, 14, 22, 0, 0);
    QTest::newRow("milliseconds Z") << "updatedSince=2026-05-16T14:22:00.000Z" << true << at;
    QTest::newRow("seconds Z") << "updatedSince=2026-05-16T14:22:00Z" << true << at;
    QTest::newRow("with milliseconds")
        << "updatedSince=2026-05-16T14:22:00.123Z" << true << utc(2026, 5, 16, 14, 22, 0, 123);
    // `+` must be percent-encoded in a query string; the instant is the same one as 14:22Z.
    QTest::newRow("offset") << "updatedSince=2026-05-16T18:22:00.000%2B04:00" << true << at;
    QTest::newRow("negative offset") << "updatedSince=2026-05-16T09:22:00-05:00" << true << at;

    QTest::newRow("words") << "updatedSince=yesterday" << false << QDateTime();
    QTest::newRow("month 13") << "updatedSince=2026-13-01T00:00:00.000Z" << false << QDateTime();
    QTest::newRow("epoch number") << "updatedSince=1715869320" << false << QDateTime();
    QTest::newRow("empty") << "updatedSince=" << false << QDateTime();
}

void TestListQuery::updatedSince()
{
    QFETCH(QString, query);
    QFETCH(bool, valid);
    QFETCH(QDateTime, expected);

    const auto parsed = parse(query);
    if (!valid) {
        QVERIFY2(!parsed.has_value(), qPrintable(QStringLiteral("accepted %1").arg(query)));
        QCOMPARE(parsed.error().status, 400);
        QCOMPARE(parsed.error().message, ApiMessages::invalidUpdatedSince);
        return;
    }
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
    QVERIFY(parsed->updatedSince.has_value());
    QCOMPARE(parsed->updatedSince->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestListQuery::offset_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("offset");

    QTest::newRow("first page") << 1 << 20 << qint64(0);
    QTest::newRow("third page") << 3 << 7 << qint64(14);
    // Must not overflow an int: the page exists as a request even if it is past the end.
    QTest::newRow("int max page") << 2147483647 << 100 << qint64(214748364600);
}

void TestListQuery::offset()
{
    QFETCH(int, page);
    QFETCH(int, limit);
    QFETCH(qint64, offset);

    ListQuery query;
    query.page = page;
    query.limit = limit;
    QCOMPARE(query.offset(), offset);
}

void TestListQuery::sortFieldNames_data()
{
    QTest::addColumn<SortField>("field");
    QTest::addColumn<QString>("name");

    QTest::newRow("created_at") << SortField::CreatedAt << "created_at";
    QTest::newRow("name") << SortField::Name << "name";
    QTest::newRow("last_message_at") << SortField::LastMessageAt << "last_message_at";
    QTest::newRow("updated_at") << SortField::UpdatedAt << "updated_at";
}

void TestListQuery::sortFieldNames()
{
    QFETCH(SortField, field);
    QFETCH(QString, name);

    QCOMPARE(ListQueryReader::sortFieldName(field), name);
    // The name is what the query parameter reads back.
    const auto parsed = parse(QStringLiteral("sortBy=") + name);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->sortBy, field);
}

QTEST_GUILESS_MAIN(TestListQuery)
#include "tst_listquery.moc"
