#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/// One contact as the API shows it. A plain value: copy it freely.
struct Contact {
    qint64 rowId = 0;        ///< the local store's key; never shown by the API
    QString id;              ///< `contact_<uuid>`
    QString vendorContactId; ///< 24 lowercase hex characters
    QString phone;           ///< E.164
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> countryCode; ///< ISO 3166-1 alpha-2, uppercase
    QStringList tags;
    QStringList labels;
    QJsonObject params;
    QString source;
    bool optedIn = false;
    bool isBlocked = false;
    std::optional<QDateTime> lastMessageAt;
    int conversationCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Contact&, const Contact&) = default;
};

/// What a delete leaves behind: the tombstone sync carries to the server.
struct DeletedContact {
    QString id;
    QString phone;
    QDateTime deletedAt;
    /// The contact it was merged into, when a merge deleted it: what tells a sync partner
    /// that the two are one person now.
    std::optional<QString> mergedInto;
};
