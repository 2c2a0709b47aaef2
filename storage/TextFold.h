#pragma once

#include <QString>

/// The one folding of text for search and for the name sort order: Unicode case folding,
/// with Latin accents and Arabic vowel marks removed (`Émile` sorts and is found with
/// `emile`). Stored folded in the sort index and the search index, applied to search terms.
namespace TextFold {

QString fold(const QString& text);
/// The ASCII digits of `text` (`50 123` → `50123`), for searching phone numbers.
QString digits(const QString& text);

} // namespace TextFold
