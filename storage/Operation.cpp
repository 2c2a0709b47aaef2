#include "Operation.h"

#include <array>
#include <utility>

namespace {

constexpr std::array names{
    std::pair{Operation::Kind::Import, "import"},
    std::pair{Operation::Kind::AddTag, "tag"},
    std::pair{Operation::Kind::RemoveTag, "untag"},
    std::pair{Operation::Kind::AddLabel, "label"},
    std::pair{Operation::Kind::RemoveLabel, "unlabel"},
    std::pair{Operation::Kind::Block, "block"},
    std::pair{Operation::Kind::Unblock, "unblock"},
    std::pair{Operation::Kind::OptIn, "opt_in"},
    std::pair{Operation::Kind::OptOut, "opt_out"},
    std::pair{Operation::Kind::Delete, "delete"},
    std::pair{Operation::Kind::Restore, "restore"},
    std::pair{Operation::Kind::Merge, "merge"},
    std::pair{Operation::Kind::Sync, "sync"},
    std::pair{Operation::Kind::Revert, "revert"},
};

} // namespace

QString Operation::kindName(Kind kind)
{
    for (const auto& [known, name] : names) {
        if (known == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Operation::Kind> Operation::kindNamed(const QString& name)
{
    for (const auto& [kind, known] : names) {
        if (name == QLatin1String(known))
            return kind;
    }
    return std::nullopt;
}

Operation::Kind Operation::inverse(Kind kind)
{
    switch (kind) {
    case Kind::Import:
        return Kind::Delete;
    case Kind::AddTag:
        return Kind::RemoveTag;
    case Kind::RemoveTag:
        return Kind::AddTag;
    case Kind::AddLabel:
        return Kind::RemoveLabel;
    case Kind::RemoveLabel:
        return Kind::AddLabel;
    case Kind::Block:
        return Kind::Unblock;
    case Kind::Unblock:
        return Kind::Block;
    case Kind::OptIn:
        return Kind::OptOut;
    case Kind::OptOut:
        return Kind::OptIn;
    case Kind::Delete:
        return Kind::Restore;
    case Kind::Restore:
        return Kind::Delete;
    case Kind::Merge:
        return Kind::Restore;
    case Kind::Sync:
    case Kind::Revert:
        // Of mixed changes: each contact says what was done to it, and a revert's only
        // contacts not kept whole are those it restored.
        return Kind::Revert;
    }
    return Kind::Delete;
}
