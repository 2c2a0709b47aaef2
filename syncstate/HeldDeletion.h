#pragma once

#include <QString>

#include <optional>

/// A deletion the mass-deletion guard held back (sync.md, "The mass-deletion guard"): one
/// contact, and which side is still to delete it.
struct HeldDeletion {
    enum class Direction {
        Here = 0,     ///< the server deleted it; the local contact is still here
        OnServer = 1, ///< deleted here; the server's contact is still there
    };

    QString contactId; ///< the local contact's id
    QString remoteId;
    Direction direction = Direction::Here;
    QString phone; ///< empty when not known
    std::optional<QString> name;
    /// Here: the server's id of the contact the server merged this one into, if it says.
    QString mergedInto;
};
