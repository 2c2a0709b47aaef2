#pragma once

#include <QString>

#include <optional>

/// Who made a write and how: what the opt-in and block history keeps beside each change
/// (FlagHistory). A store's writes carry the origin it was given (ContactStore::setOrigin).
struct WriteOrigin {
    enum class Method { Editor, Batch, Import, Api, Sync, CommandLine, Undo, Merge };

    WriteOrigin() = default;
    explicit WriteOrigin(Method method, QString actor = {}, QString detail = {})
        : actor(std::move(actor)), method(method), detail(std::move(detail))
    {}

    QString actor; ///< an agent's name, a token's id, "sync"; empty when unknown
    Method method = Method::Api;
    QString detail; ///< what the method worked on, e.g. the imported file's name
    QString note;   ///< the agent's reason, if they gave one
    /// The undoable operation (Operations) the write is part of, such as an import's: the
    /// contacts it creates are recorded there.
    std::optional<qint64> operation;

    /// The method's name as the history stores and shows it (`editor`, `batch`, `import`, `api`,
    /// `sync`, `cli`, `undo`, `merge`).
    static QString methodName(Method method);
    /// The method named `name`; Api for a name this build does not know.
    static Method methodNamed(const QString& name);
};
