#pragma once

#include <QString>

/// Who made a contact; the store sets `source` from it on create (contacts-api.md).
enum class ContactSource { Api, Import, Manual };

inline QString sourceName(ContactSource source)
{
    switch (source) {
    case ContactSource::Api:
        return QStringLiteral("api");
    case ContactSource::Import:
        return QStringLiteral("import");
    case ContactSource::Manual:
        return QStringLiteral("manual");
    }
    return {};
}
