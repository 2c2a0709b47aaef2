#include "ContactFieldError.h"

ContactFieldError ContactFieldError::fromApiError(const ApiError& error)
{
    // Each message of contacts-api.md that names a field the editor shows, with the English
    // text repeated inside tr() so that lupdate extracts it.
    struct Known {
        QString message;
        Field field;
        QString text;
    };
    const Known known[] = {
        {ApiMessages::phoneRequired, Phone, tr("Phone number (userNumber) is required")},
        {ApiMessages::invalidPhone, Phone,
         tr("Invalid phone number (userNumber): expected E.164, e.g. +971501234567")},
        {ApiError::duplicatePhone().message, Phone,
         tr("Contact with this phone number already exists")},
        {ApiMessages::invalidCountryCode, Country, tr("Invalid countryCode")},
        {ApiMessages::invalidEmail, Email, tr("Invalid email")},
        {ApiMessages::invalidName, Name, tr("Invalid name")},
        {ApiMessages::invalidTags, Tags, tr("Invalid tags")},
        {ApiMessages::invalidLabels, Labels, tr("Invalid labels")},
        {ApiMessages::invalidParams, Params, tr("Invalid params")},
        {ApiError::contactNotFound().message, General, tr("Contact not found")},
    };
    for (const Known& entry : known) {
        if (entry.message == error.message)
            return {entry.field, entry.text};
    }
    return {General, error.message};
}
