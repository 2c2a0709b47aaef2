#pragma once

// How QCOMPARE prints the store's values when they differ.

#include "Contact.h"
#include "ContactJson.h"

#include <QTest>

#include <optional>

namespace QTest {
template <> inline char* toString(const std::optional<QString>& value)
{
    return value ? toString(*value) : qstrdup("<null>");
}
template <> inline char* toString(const Contact& contact)
{
    return qstrdup(ContactJson::serialize(ContactJson::fullContact(contact)).constData());
}
} // namespace QTest
