#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ContactsApi.h"

#include <QString>

#include <memory>

class ContactDatabase;

/// contacts-server's API on an in-memory database, for fuzz targets that send it requests
/// without HTTP: one organization with a token and a few contacts, requests authenticated as
/// it, and the answers checked for what no request may get (a 500, or a body that is not a
/// JSON object). The database starts again every `renewal` requests, so that creates do not
/// slow a long run down; a finding may therefore need the run's earlier inputs to repeat.
class ApiFuzzHarness {
public:
    explicit ApiFuzzHarness(int renewal = 2000);
    ~ApiFuzzHarness();

    /// Sends `request` as the organization, to the API with its extensions served or
    /// withheld, and checks the answer.
    ApiResponse send(ApiRequest request, ApiExtensions extensions);
    /// A contact of the organization.
    const QString& contactId() const { return m_contactId; }

private:
    void open();

    int m_renewal;
    int m_sent = 0;
    ContactsApi m_served;
    ContactsApi m_withheld;
    std::unique_ptr<ContactDatabase> m_db;
    QByteArray m_authorization;
    QString m_contactId;
};
