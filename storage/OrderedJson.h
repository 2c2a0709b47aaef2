#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>
#include <QStringView>

#include <functional>

/// JSON text with object keys in a chosen order. QJsonDocument always sorts keys by name;
/// the API's reference lists them in a meaningful order (`success` before `data`, `id`
/// first), which clients and people reading the CLI's output expect.
namespace OrderedJson {

/// Lower ranks come first; keys of equal rank are sorted by name.
using KeyRank = std::function<int(QStringView key)>;

/// Compact (one line), or indented by four spaces with a final newline.
QByteArray serialize(const QJsonValue& value, const KeyRank& rank, bool indented = false);

/// Appends `text` as a JSON string literal (quoted, escaped, UTF-8).
void appendString(QByteArray& out, QStringView text);
/// A JSON array of strings, e.g. `["vip","lead"]`.
QByteArray stringArray(const QStringList& strings);

} // namespace OrderedJson
