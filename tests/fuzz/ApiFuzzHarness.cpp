#include "ApiFuzzHarness.h"

#include "FuzzCheck.h"

#include "ApiTokens.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "NewContact.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

const QByteArray organizationId = QByteArrayLiteral("org_fuzz");

// Qt's SQL drivers are plugins, loaded through the application object.
void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

} // namespace

ApiFuzzHarness::ApiFuzzHarness(int renewal)
    : m_renewal(renewal),
      m_served(nullptr, ContactsApi::defaultMaxBodyBytes, ApiExtensions::Served),
      m_withheld(nullptr, ContactsApi::defaultMaxBodyBytes, ApiExtensions::Withheld)
{
    ensureApplication();
    open();
}

ApiFuzzHarness::~ApiFuzzHarness() = default;

void ApiFuzzHarness::open()
{
    m_db.reset();
    auto db = ContactDatabase::open(QStringLiteral(":memory:"));
    FUZZ_CHECK(db.has_value(), db ? QString() : db.error().message);
    m_db = std::move(*db);
    auto token = ApiTokens(*m_db).add(QString::fromLatin1(organizationId));
    FUZZ_CHECK(token.has_value(), token ? QString() : token.error().message);
    m_authorization = "Bearer " + token->secret.toUtf8();
    auto caller = ApiTokens(*m_db).authenticate(token->token.organizationId, token->secret);
    FUZZ_CHECK(caller && *caller, QStringLiteral("the new token is refused"));
    ContactStore store(*m_db, (*caller)->organization);
    const QStringList phones = {QStringLiteral("+971501234567"), QStringLiteral("+14155557890"),
                                QStringLiteral("+447911123456")};
    for (const QString& phone : phones) {
        NewContact contact;
        contact.setPhone(phone);
        contact.setName(QStringLiteral("Fuzz ") + phone.right(4));
        contact.setTags({QStringLiteral("vip"), QStringLiteral("lead")});
        auto created = store.create(contact);
        FUZZ_CHECK(created.has_value(), created ? QString() : created.error().message);
        m_contactId = created->id;
    }
}

ApiResponse ApiFuzzHarness::send(ApiRequest request, ApiExtensions extensions)
{
    if (++m_sent % m_renewal == 0)
        open();
    request.organizationId = organizationId;
    request.authorization = m_authorization;
    const ContactsApi& api = extensions == ApiExtensions::Served ? m_served : m_withheld;
    const ApiResponse response = api.handle(request, *m_db);
    FUZZ_CHECK(response.status != 500, response.faultDetail);
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(response.body, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && body.isObject(),
               QString::fromUtf8(response.body.left(500)));
    return response;
}
