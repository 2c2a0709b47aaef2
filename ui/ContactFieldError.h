#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QString>

/// Which editor field a store error belongs to, and its text for the user: the store's own
/// message (contacts-api.md), passed through tr() so that translations can show it in the
/// agent's language. The store's messages themselves are never changed.
class ContactFieldError {
    Q_DECLARE_TR_FUNCTIONS(ContactFieldError)
public:
    enum Field { General, Name, Phone, Email, Country, Tags, Labels, Params };

    static ContactFieldError fromApiError(const ApiError& error);

    Field field() const { return m_field; }
    QString text() const { return m_text; }

private:
    ContactFieldError(Field field, QString text) : m_field(field), m_text(std::move(text)) {}

    Field m_field;
    QString m_text;
};
