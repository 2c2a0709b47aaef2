#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "ContactBatchEdit.h"
#include "ContactChanges.h"
#include "DuplicateMerge.h"
#include "UndoReport.h"

#include <QObject>
#include <QQueue>
#include <QStringList>

#include <any>
#include <functional>
#include <memory>

class ContactDatabase;
class CsvImportJob;
struct ImportOptions;
struct NewContact;

/// The one way the desktop writes to its database, so that the editor, the undo commands,
/// the selection's actions, the conflicts dialog and the import share one path. Nothing is
/// written on the GUI thread:
/// - the short writes (a contact created or edited, a batch edit, a delete or restore, a
///   conflict resolved) run one at a time on StoreTask's pool with that thread's connection,
///   in the order they were asked for, so that an undo always lands after what it undoes;
/// - the CSV import runs on a thread of its own (CsvImportJob): it may take minutes, and the
///   window goes on working meanwhile.
/// Each answer comes back on the GUI thread; then contactsChanged() or
/// contactsAddedOrRemoved() tells the window what to read again.
///
/// Writes that take longer than a blink are announced as soon as they are asked for (batch
/// edits of more than quietEditLimit contacts, deletes and restores of more than
/// quietReplaceLimit: docs/benchmarks.md): isBusy() holds while they wait or run, the status
/// bar says what runs and the window's edits wait for it. Shorter ones just queue.
///
/// Destroying the writer waits for every write asked for, without reporting them: none is
/// lost. Lives on the GUI thread.
class ContactWriter : public QObject {
    Q_OBJECT
public:
    /// Batch edits of up to this many contacts (tags, labels, block, opt-in) and deletes or
    /// restores of up to quietReplaceLimit take well under 50 ms at 1M contacts: they are
    /// not announced.
    static constexpr int quietEditLimit = 1000;
    static constexpr int quietReplaceLimit = 100;

    /// Writes go to the database at `databasePath`, each on its worker's own connection.
    explicit ContactWriter(const QString& databasePath, QObject* parent = nullptr);
    ~ContactWriter() override;

    QString databasePath() const { return m_databasePath; }
    /// True while an announced write waits or runs.
    bool isBusy() const { return m_busy; }
    /// What the first announced write does, for the status bar; empty when none waits.
    QString busyDescription() const;
    /// True while any write waits or runs (the undo actions wait for them).
    bool hasPendingWrites() const { return m_running != nullptr; }
    /// Blocks until every write asked for has run, reporting each one as it ends (the
    /// window's close, a switch to another database).
    void finishPendingWrites();

    /// Asks for the writes of `writes` as the undo of an edit (the QUndoStack's): the history
    /// and the operations record them with method `undo`, not as a new edit.
    void asUndo(const std::function<void()>& writes);

    template <typename R> using BatchWork = std::function<ApiResult<R>(ContactBatchEdit&)>;
    template <typename R> using Done = std::function<void(ApiResult<R>)>;

    /// Creates a contact typed in by hand (ContactSource::Manual; its flags in the same
    /// transaction). `done` gets it as stored, or the store's refusal, unless `context` is
    /// gone by then; then contactsAddedOrRemoved().
    void create(const NewContact& contact, QObject* context, Done<Contact> done,
                const QString& flagNote = {});
    /// PATCHes one contact. `done` gets it as stored now, or the refusal; without `done` a
    /// refusal is reported by writeFailed(). Then contactsChanged().
    /// `flagNote`, when given, is kept in the history with the flags it changes: the agent's
    /// reason (FlagHistory).
    void update(const QString& id, const ContactChanges& changes, QObject* context = nullptr,
                Done<Contact> done = {}, const QString& flagNote = {});
    /// Runs `work` on `size` contacts; then `done` (may be empty), then contactsChanged()
    /// with the ids it changed. A failure is also reported by writeFailed(). `description`
    /// names it while it is announced.
    void editContacts(qsizetype size, const QString& description, BatchWork<QStringList> work,
                      Done<QStringList> done);
    /// Removes or restores contacts, then contactsAddedOrRemoved().
    void replaceContacts(qsizetype size, const QString& description, BatchWork<QList<Contact>> work,
                         Done<QList<Contact>> done);
    /// Applies the choice on open sync conflicts (sync/ConflictResolver), each one its own
    /// transaction: one that fails (its phone was taken here since) leaves its conflict open
    /// and the others applied. `done` gets the distinct messages of the failed ones; then
    /// contactsAddedOrRemoved() (keeping a deleted contact brings it back).
    void resolveConflicts(const QList<qint64>& conflictIds, bool keepMine, QObject* context,
                          std::function<void(ApiResult<QStringList> errors)> done);
    /// Undoes an operation (OperationUndo) after any restart, announced as `description`.
    /// `progress` is called on the worker with the contacts looked at and the operation's
    /// count (keep it cheap and thread-safe); `done` gets the report or the refusal unless
    /// `context` is gone; then contactsAddedOrRemoved().
    void undoOperation(qint64 operationId, const QString& description, QObject* context,
                       std::function<void(qint64 done, qint64 total)> progress,
                       Done<UndoReport> done);
    /// Merges duplicates (DuplicateMerge) by the agent, one undoable operation. `done` gets
    /// the kept contact and the merged ids, or the refusal, unless `context` is gone; then
    /// contactsAddedOrRemoved().
    void mergeContacts(const DuplicateMerge::Request& request, QObject* context,
                       Done<DuplicateMerge::Result> done);
    /// Drops the change journal's entries no sync needs (syncstate's JournalPruning), queued
    /// like any write and not announced: when a database is opened and after an import. A
    /// failure loses nothing (the entries wait for the next prune) and is only logged.
    void pruneJournal();
    /// Drops the operations older than Operations::keptDays, with their snapshots, queued like
    /// pruneJournal(): when a database is opened.
    void pruneOperations();
    /// Starts importing the CSV file at `filePath` on a thread of its own. The job belongs
    /// to `owner`, which reads its progress and stops it; when it ends,
    /// contactsAddedOrRemoved() and a prune of the journal.
    CsvImportJob* startImport(const QString& filePath, const ImportOptions& options,
                              QObject* owner);

signals:
    void busyChanged(bool busy);
    /// hasPendingWrites() changed.
    void pendingWritesChanged(bool pending);
    /// Fields of these contacts changed (tags, flags, an edit).
    void contactsChanged(const QStringList& ids);
    /// Contacts appeared or disappeared (a create, delete, restore, import, conflict kept).
    void contactsAddedOrRemoved();
    /// A write nobody else reports failed; the message is the store's.
    void writeFailed(const QString& message);

private:
    struct Write;
    struct Running;

    /// Queues `work` (a pool thread, its connection) and `finished` (the GUI thread).
    template <typename R>
    void enqueue(const QString& description, bool announced,
                 std::function<R(ContactDatabase&)> work, std::function<void(R)> finished);
    void startNext();
    /// Delivers the running write's answer and starts the next one.
    void finishRunning();
    void updateState();

    QString m_databasePath;
    QQueue<Write> m_queue;
    std::unique_ptr<Running> m_running;
    /// The origin of a write asked for now: the agent's, `method` or an undo (asUndo()).
    WriteOrigin originOf(WriteOrigin::Method method, const QString& flagNote = {}) const;

    bool m_busy = false;
    bool m_undoing = false;
    bool m_pending = false;
    bool m_reporting = true; ///< false while destroyed: answers are dropped
};
