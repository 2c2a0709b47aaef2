#include "AuthenticationCache.h"

#include <QtTest>

/// AuthenticationCache: what it answers for, for how long, and how much it keeps.
class TestAuthenticationCache : public QObject {
    Q_OBJECT

private slots:
    void answersOnlyForTheTokenAndOrganizationItKept_data();
    void answersOnlyForTheTokenAndOrganizationItKept();
    void forgetsAfterItsLifetime();
    void keepsNoMoreThanItsCapacity();
    void aLifetimeOfZeroKeepsNothing();

private:
    static QByteArray hashOf(char c) { return QByteArray(32, c); }
    static ApiCaller organization(const QString& id)
    {
        return ApiCaller{Organization{7, id}, QStringLiteral("tok_000000000001")};
    }
};

void TestAuthenticationCache::answersOnlyForTheTokenAndOrganizationItKept_data()
{
    QTest::addColumn<QByteArray>("tokenHash");
    QTest::addColumn<QString>("organizationId");
    QTest::addColumn<bool>("found");
    QTest::newRow("the same") << hashOf('a') << QStringLiteral("org-a") << true;
    QTest::newRow("another organization") << hashOf('a') << QStringLiteral("org-b") << false;
    QTest::newRow("the organization's id in another case")
        << hashOf('a') << QStringLiteral("ORG-A") << false;
    QTest::newRow("another token") << hashOf('b') << QStringLiteral("org-a") << false;
    // The same bytes once the hash and the id are put together.
    QTest::newRow("the id's first byte moved into the hash")
        << hashOf('a') + 'o' << QStringLiteral("rg-a") << false;
}

void TestAuthenticationCache::answersOnlyForTheTokenAndOrganizationItKept()
{
    QFETCH(QByteArray, tokenHash);
    QFETCH(QString, organizationId);
    QFETCH(bool, found);
    AuthenticationCache cache(1000);
    cache.insert(hashOf('a'), organization(QStringLiteral("org-a")), 0);
    const auto answer = cache.find(tokenHash, organizationId, 10);
    QCOMPARE(answer.has_value(), found);
    if (found) {
        QCOMPARE(answer->organization.rowId, 7);
        QCOMPARE(answer->organization.id, QStringLiteral("org-a"));
        QCOMPARE(answer->tokenId, QStringLiteral("tok_000000000001"));
    }
}

void TestAuthenticationCache::forgetsAfterItsLifetime()
{
    AuthenticationCache cache(1000);
    cache.insert(hashOf('a'), organization(QStringLiteral("org-a")), 5000);
    QVERIFY(cache.find(hashOf('a'), QStringLiteral("org-a"), 5999));
    QVERIFY(!cache.find(hashOf('a'), QStringLiteral("org-a"), 6000));
    // Authenticated again, it is kept again.
    cache.insert(hashOf('a'), organization(QStringLiteral("org-a")), 6000);
    QVERIFY(cache.find(hashOf('a'), QStringLiteral("org-a"), 6999));
}

void TestAuthenticationCache::keepsNoMoreThanItsCapacity()
{
    AuthenticationCache cache(1000, 3);
    for (char c : {'a', 'b', 'c'})
        cache.insert(hashOf(c), organization(QStringLiteral("org")), 0);
    for (char c : {'a', 'b', 'c'})
        QVERIFY(cache.find(hashOf(c), QStringLiteral("org"), 1));
    // Full and nothing expired: a fourth makes room by forgetting the rest.
    cache.insert(hashOf('d'), organization(QStringLiteral("org")), 1);
    QVERIFY(cache.find(hashOf('d'), QStringLiteral("org"), 2));
    for (char c : {'a', 'b', 'c'})
        QVERIFY(!cache.find(hashOf(c), QStringLiteral("org"), 2));
    // Full with expired entries: only those go.
    cache.insert(hashOf('e'), organization(QStringLiteral("org")), 500);
    cache.insert(hashOf('f'), organization(QStringLiteral("org")), 900);
    cache.insert(hashOf('g'), organization(QStringLiteral("org")), 1200);
    QVERIFY(!cache.find(hashOf('d'), QStringLiteral("org"), 1200));
    for (char c : {'e', 'f', 'g'})
        QVERIFY(cache.find(hashOf(c), QStringLiteral("org"), 1200));
}

void TestAuthenticationCache::aLifetimeOfZeroKeepsNothing()
{
    AuthenticationCache cache(0);
    cache.insert(hashOf('a'), organization(QStringLiteral("org-a")), 0);
    QVERIFY(!cache.find(hashOf('a'), QStringLiteral("org-a"), 0));
}

QTEST_GUILESS_MAIN(TestAuthenticationCache)
#include "tst_authenticationcache.moc"
