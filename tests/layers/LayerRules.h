#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

/// The architecture's rules (docs/architecture.md) checked on a source tree: which layer may
/// include which layer's headers, and which texts may appear only in some files (the SQL
/// driver's types and SQLite's own words behind the store's dialect). A layer is a folder of
/// the tree (`storage`, `app/cli`); a header belongs to the layer that holds it.
class LayerRules {
public:
    /// `allowed` maps each checked layer to the layers whose headers it may include (itself
    /// included implicitly). Layers not named in it are not checked (tests, bench).
    LayerRules(QString root, QHash<QString, QStringList> allowed);

    /// A text that may appear only in files whose path (relative to the root) matches
    /// `allowedPaths`. `what` names it in a violation.
    void forbid(const QString& what, const QRegularExpression& pattern,
                const QRegularExpression& allowedPaths);

    /// Every broken rule, one line each: `ui/Foo.cpp includes storage/Bar.h (ui may include
    /// models, ...)`, or `server/X.cpp:12 has PRAGMA`. Empty when the tree keeps the rules.
    QStringList violations() const;

    /// The checked layers' source files (relative paths): for a test that the scan saw them.
    QStringList checkedFiles() const;

private:
    struct Forbidden {
        QString what;
        QRegularExpression pattern;
        QRegularExpression allowedPaths;
    };

    QString layerOf(const QString& relativePath) const;
    QStringList sourceFiles() const;

    QString m_root;
    QHash<QString, QStringList> m_allowed;
    QList<Forbidden> m_forbidden;
};
