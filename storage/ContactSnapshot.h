#pragma once

#include "Contact.h"

#include <QByteArray>

#include <optional>

/// A whole contact as compact JSON text, kept by an operation that deleted it so that an undo
/// after a restart can re-create it exactly (ContactBatchEdit::restore). Not the API's shape:
/// it holds the row's own fields, timestamps in milliseconds.
namespace ContactSnapshot {

QByteArray toJson(const Contact& contact);
/// The contact `json` holds; nothing when it is not a snapshot.
std::optional<Contact> fromJson(const QByteArray& json);

} // namespace ContactSnapshot
