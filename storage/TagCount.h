#pragma once

#include <QString>

enum class TagKind { Tag = 0, Label = 1 };

/// A tag or label and how many contacts carry it, for the sidebar.
struct TagCount {
    QString name;
    qint64 count = 0;

    friend bool operator==(const TagCount&, const TagCount&) = default;
};
