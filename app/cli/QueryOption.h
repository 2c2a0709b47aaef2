#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QUrlQuery>

#include <array>
#include <span>

class QCommandLineParser;

/// A command-line option that stands for a query parameter of the list request. The values
/// reach ListQuery as a server's URL would bring them, so that a bad one fails with the
/// API's own 400 (`Invalid sortBy`, `Invalid page`, ...).
struct QueryOption {
    const char* option;
    const char* parameter;
    const char* valueName;
    const char* description;
    bool repeatable = false;
    /// The parameter's value when the option is not given; none when null.
    const char* defaultValue = nullptr;

    static QList<QCommandLineOption> commandLineOptions(std::span<const QueryOption> options);
    /// The query the `options` set on `parser` stand for.
    static QUrlQuery query(const QCommandLineParser& parser, std::span<const QueryOption> options);
};

/// The list request's parameters as `list` takes them, in the order its help shows them.
namespace ListQueryOptions {

inline constexpr QueryOption page{"page", "page", "n", "The page, from 1 (default 1)."};
inline constexpr QueryOption limit{"limit", "limit", "n",
                                   "Contacts per page (default 20, at most 100)."};
inline constexpr QueryOption search{"search", "search", "text",
                                    "Part of the name or email, or 3 or more digits of the phone."};
inline constexpr QueryOption sortBy{"sort-by", "sortBy", "field",
                                    "created_at (default), name, last_message_at or updated_at."};
inline constexpr QueryOption sortOrder{"sort-order", "sortOrder", "order",
                                       "desc (default) or asc."};
inline constexpr QueryOption tag{"tag", "tag", "tag",
                                 "Only contacts with this tag; repeat to require several.", true};
inline constexpr QueryOption label{
    "label", "label", "label", "Only contacts with this label; repeat to require several.", true};
inline constexpr QueryOption optedIn{"opted-in", "optedIn", "true|false",
                                     "Only contacts opted in, or not."};
inline constexpr QueryOption blocked{"blocked", "isBlocked", "true|false",
                                     "Only blocked contacts, or unblocked ones."};
inline constexpr QueryOption updatedSince{"updated-since", "updatedSince", "timestamp",
                                          "Only contacts updated at or after this ISO 8601 time."};
inline constexpr QueryOption includeDeleted{
    "include-deleted", "includeDeleted", "true|false",
    "With --updated-since, also list contacts deleted since then (for sync)."};
inline constexpr QueryOption view{
    "view", "view", "list|full",
    "full lists each contact as get shows it, with params and vendorContactId."};

inline constexpr std::array all{page,  limit,   search,  sortBy,       sortOrder,      tag,
                                label, optedIn, blocked, updatedSince, includeDeleted, view};

} // namespace ListQueryOptions
