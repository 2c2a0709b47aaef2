#pragma once

#include <QString>

#include <optional>

struct Contact;

/// What the search index and the name sort hold for a contact: name and email folded by
/// TextFold, and the phone's digits.
struct SearchText {
    std::optional<QString> nameKey; ///< the folded name, null when there is no name
    QString name;
    QString email;
    QString phoneDigits;

    static SearchText of(const Contact& contact);
};
