#pragma once

#include "SyncConflict.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ContactWriter;

/// The open sync conflicts of the writer's database, for Sync ▸ Conflicts…: read on a worker
/// (StoreTask, SyncConflicts), and resolved through the ContactWriter, which applies each
/// choice in its own transaction; after a choice they are read again. Lives on the GUI
/// thread; without a writer (it is gone) nothing is read or resolved.
class ConflictList : public QObject {
    Q_OBJECT
public:
    explicit ConflictList(ContactWriter* writer, QObject* parent = nullptr);

    /// The conflicts as last read.
    const QList<SyncConflict>& conflicts() const { return m_conflicts; }
    /// True while conflicts are read or resolved.
    bool isBusy() const { return m_reading || m_resolving; }

public slots:
    /// Reads the open conflicts again.
    void reload();
    /// "Keep Mine" (`keepMine`) or "Keep Theirs" on these conflicts, unless busy.
    void resolve(const QList<qint64>& conflictIds, bool keepMine);

signals:
    void busyChanged(bool busy);
    /// conflicts() holds a new read.
    void conflictsRead();
    void readFailed(const QString& message);
    /// Choices were applied; `errors` are the reasons of the conflicts left open.
    void resolved(const QStringList& errors);

private:
    void setBusy(bool reading, bool resolving);

    QPointer<ContactWriter> m_writer;
    QList<SyncConflict> m_conflicts;
    bool m_reading = false;
    bool m_resolving = false;
    quint64 m_generation = 0;
};
