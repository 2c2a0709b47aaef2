#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

/// One piece of bulk work that can be undone after a restart (Operations): an import, a batch
/// edit of a selection, a merge of duplicates, a sync run, or the undo of another operation.
struct Operation {
    /// What it did. Each batch kind has an inverse (undo()); an import's is a Delete.
    enum class Kind {
        Import,
        AddTag,
        RemoveTag,
        AddLabel,
        RemoveLabel,
        Block,
        Unblock,
        OptIn,
        OptOut,
        Delete,
        Restore,
        Merge,  ///< duplicates into one (DuplicateMerge); undone by a Restore
        Sync,   ///< what a sync run's pull changed here: created, updated, deleted
        Revert, ///< the undo of a sync run, or of another revert
    };

    qint64 id = 0;
    Kind kind = Kind::Import;
    QString argument; ///< the tag or label, the imported file's name, the synced server; else empty
    QDateTime startedAt;
    std::optional<QDateTime> finishedAt; ///< none while running, or if it was interrupted
    QString actor;
    QString method; ///< WriteOrigin's method name: `batch`, `import`, `undo`, …
    qint64 contactCount = 0;
    std::optional<qint64> undoes;   ///< the operation this one undid
    std::optional<qint64> undoneBy; ///< the operation that undid this one

    /// The kind's name as stored and shown: `import`, `tag`, `untag`, `label`, `unlabel`,
    /// `block`, `unblock`, `opt_in`, `opt_out`, `delete`, `restore`, `merge`, `sync`, `revert`.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindNamed(const QString& name);
    /// The kind that reverts `kind`.
    static Kind inverse(Kind kind);
};
