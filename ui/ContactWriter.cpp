#include "ContactWriter.h"

#include "AgentName.h"
#include "ConflictResolver.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "CsvImportJob.h"
#include "JournalPruning.h"
#include "NewContact.h"
#include "OperationUndo.h"
#include "Operations.h"
#include "StoreTask.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QtConcurrent/QtConcurrentRun>

/// A write asked for: what runs on the worker, and what its answer does on the GUI thread.
struct ContactWriter::Write {
    QString description;
    bool announced = false;
    std::function<std::any(const QString& databasePath)> work;
    std::function<void(std::any)> finished;
};

/// The write on a pool thread. Its answer is handed over through `answer` and `ended`, not
/// the future: waiting on a QtConcurrent future runs a task that has not started yet on the
/// waiting thread, which would be the GUI thread.
struct ContactWriter::Running {
    struct Outcome {
        std::any answer;
        QSemaphore ended; ///< released once `answer` is written
    };
    Write write;
    QFutureWatcher<void>* watcher = nullptr;
    std::shared_ptr<Outcome> outcome = std::make_shared<Outcome>();
};

ContactWriter::ContactWriter(const QString& databasePath, QObject* parent)
    : QObject(parent), m_databasePath(databasePath)
{}

ContactWriter::~ContactWriter()
{
    // The agent asked for these writes: they all land, though nobody is left to tell.
    m_reporting = false;
    finishPendingWrites();
}

QString ContactWriter::busyDescription() const
{
    if (m_running && m_running->write.announced)
        return m_running->write.description;
    for (const Write& write : m_queue) {
        if (write.announced)
            return write.description;
    }
    return {};
}

template <typename R>
void ContactWriter::enqueue(const QString& description, bool announced,
                            std::function<R(ContactDatabase&)> work,
                            std::function<void(R)> finished)
{
    Write write;
    write.description = description;
    write.announced = announced;
    write.work = [work = std::move(work)](const QString& databasePath) -> std::any {
        auto database = StoreTask::threadDatabase(databasePath);
        if (!database)
            return R(std::unexpected(database.error()));
        return work(**database);
    };
    write.finished = [finished = std::move(finished)](std::any answer) {
        finished(std::any_cast<R>(std::move(answer)));
    };
    m_queue.enqueue(std::move(write));
    startNext();
    updateState();
}

void ContactWriter::startNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_running = std::make_unique<Running>();
    m_running->write = m_queue.dequeue();
    m_running->watcher = new QFutureWatcher<void>(this);
    connect(m_running->watcher, &QFutureWatcherBase::finished, this, &ContactWriter::finishRunning);
    m_running->watcher->setFuture(
        QtConcurrent::run(StoreTask::pool(), [work = m_running->write.work, path = m_databasePath,
                                              outcome = m_running->outcome] {
            outcome->answer = work(path);
            outcome->ended.release();
        }));
}

void ContactWriter::finishRunning()
{
    if (!m_running)
        return;
    std::unique_ptr<Running> running = std::move(m_running);
    // At once when the watcher reported the end; else this waits for the worker.
    running->outcome->ended.acquire();
    running->watcher->disconnect(this);
    running->watcher->deleteLater();
    if (m_reporting)
        running->write.finished(std::move(running->outcome->answer));
    startNext();
    if (m_reporting)
        updateState();
}

void ContactWriter::finishPendingWrites()
{
    while (m_running)
        finishRunning();
}

void ContactWriter::updateState()
{
    bool busy = m_running && m_running->write.announced;
    for (const Write& write : std::as_const(m_queue))
        busy = busy || write.announced;
    const bool pending = m_running != nullptr;
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
    if (pending != m_pending) {
        m_pending = pending;
        emit pendingWritesChanged(pending);
    }
}

void ContactWriter::asUndo(const std::function<void()>& writes)
{
    m_undoing = true;
    const auto done = qScopeGuard([this] { m_undoing = false; });
    writes();
}

WriteOrigin ContactWriter::originOf(WriteOrigin::Method method, const QString& flagNote) const
{
    WriteOrigin origin(m_undoing ? WriteOrigin::Method::Undo : method, AgentName::current());
    origin.note = flagNote;
    return origin;
}

void ContactWriter::create(const NewContact& contact, QObject* context, Done<Contact> done,
                           const QString& flagNote)
{
    enqueue<ApiResult<Contact>>(
        {}, false,
        [contact,
         origin = originOf(WriteOrigin::Method::Editor, flagNote)](ContactDatabase& database) {
            ContactStore store(database);
            store.setOrigin(origin);
            return store.create(contact, ContactSource::Manual);
        },
        [this, context = QPointer<QObject>(context), done](ApiResult<Contact> created) {
            if (context && done)
                done(created);
            if (created)
                emit contactsAddedOrRemoved();
        });
}

void ContactWriter::update(const QString& id, const ContactChanges& changes, QObject* context,
                           Done<Contact> done, const QString& flagNote)
{
    const bool reported = bool(done);
    enqueue<ApiResult<Contact>>(
        {}, false,
        [id, changes,
         origin = originOf(WriteOrigin::Method::Editor, flagNote)](ContactDatabase& database) {
            ContactStore store(database);
            store.setOrigin(origin);
            return store.update(id, changes);
        },
        [this, id, reported, context = QPointer<QObject>(context),
         done](ApiResult<Contact> updated) {
            if (!updated && !reported)
                emit writeFailed(updated.error().message);
            if (reported && context)
                done(updated);
            if (updated)
                emit contactsChanged({id});
        });
}

void ContactWriter::editContacts(qsizetype size, const QString& description,
                                 BatchWork<QStringList> work, Done<QStringList> done)
{
    enqueue<ApiResult<QStringList>>(
        description, size > quietEditLimit,
        [work = std::move(work),
         origin = originOf(WriteOrigin::Method::Batch)](ContactDatabase& database) {
            ContactBatchEdit edit(database);
            edit.setOrigin(origin);
            return work(edit);
        },
        [this, done = std::move(done)](ApiResult<QStringList> changed) {
            if (!changed)
                emit writeFailed(changed.error().message);
            if (done)
                done(changed);
            if (changed && !changed->isEmpty())
                emit contactsChanged(*changed);
        });
}

void ContactWriter::replaceContacts(qsizetype size, const QString& description,
                                    BatchWork<QList<Contact>> work, Done<QList<Contact>> done)
{
    enqueue<ApiResult<QList<Contact>>>(
        description, size > quietReplaceLimit,
        [work = std::move(work),
         origin = originOf(WriteOrigin::Method::Batch)](ContactDatabase& database) {
            ContactBatchEdit edit(database);
            edit.setOrigin(origin);
            return work(edit);
        },
        [this, done = std::move(done)](ApiResult<QList<Contact>> contacts) {
            if (!contacts)
                emit writeFailed(contacts.error().message);
            if (done)
                done(contacts);
            if (contacts && !contacts->isEmpty())
                emit contactsAddedOrRemoved();
        });
}

void ContactWriter::resolveConflicts(const QList<qint64>& conflictIds, bool keepMine,
                                     QObject* context,
                                     std::function<void(ApiResult<QStringList>)> done)
{
    enqueue<ApiResult<QStringList>>(
        {}, false,
        [conflictIds, keepMine,
         agent = AgentName::current()](ContactDatabase& database) -> ApiResult<QStringList> {
            ConflictResolver resolver(database, database.defaultOrganization());
            resolver.setOrigin(WriteOrigin(WriteOrigin::Method::Editor, agent));
            QStringList errors;
            for (const qint64 id : conflictIds) {
                const auto resolved = keepMine ? resolver.keepMine(id) : resolver.keepTheirs(id);
                if (!resolved && !errors.contains(resolved.error().message))
                    errors.append(resolved.error().message);
            }
            return errors;
        },
        [this, context = QPointer<QObject>(context), done](ApiResult<QStringList> errors) {
            if (context && done)
                done(errors);
            emit contactsAddedOrRemoved();
        });
}

void ContactWriter::undoOperation(qint64 operationId, const QString& description, QObject* context,
                                  std::function<void(qint64 done, qint64 total)> progress,
                                  Done<UndoReport> done)
{
    enqueue<ApiResult<UndoReport>>(
        description, true,
        [operationId, progress = std::move(progress),
         agent = AgentName::current()](ContactDatabase& database) {
            OperationUndo undo(database, database.defaultOrganization());
            undo.setOrigin(WriteOrigin(WriteOrigin::Method::Undo, agent));
            undo.setProgress(progress);
            return undo.undo(operationId);
        },
        [this, context = QPointer<QObject>(context), done](ApiResult<UndoReport> report) {
            if (context && done)
                done(report);
            if (report)
                emit contactsAddedOrRemoved();
        });
}

void ContactWriter::mergeContacts(const DuplicateMerge::Request& request, QObject* context,
                                  Done<DuplicateMerge::Result> done)
{
    enqueue<ApiResult<DuplicateMerge::Result>>(
        tr("Merging %Ln contacts…", nullptr, int(request.others.size() + 1)), false,
        [request, agent = AgentName::current()](ContactDatabase& database) {
            DuplicateMerge merge(database, database.defaultOrganization());
            merge.setActor(agent);
            return merge.merge(request);
        },
        [this, context = QPointer<QObject>(context),
         done](ApiResult<DuplicateMerge::Result> merged) {
            if (context && done)
                done(merged);
            if (merged)
                emit contactsAddedOrRemoved();
        });
}

void ContactWriter::pruneJournal()
{
    enqueue<ApiResult<qint64>>(
        {}, false, [](ContactDatabase& database) { return JournalPruning(database).pruneAll(); },
        [](const ApiResult<qint64>& pruned) {
            if (!pruned)
                qWarning("could not prune the change journal: %s",
                         qPrintable(pruned.error().detail));
        });
}

void ContactWriter::pruneOperations()
{
    enqueue<ApiResult<qint64>>(
        {}, false,
        [](ContactDatabase& database) {
            const qint64 before =
                QDateTime::currentDateTimeUtc().addDays(-Operations::keptDays).toMSecsSinceEpoch();
            return Operations(database, database.defaultOrganization().rowId)
                .pruneStartedBefore(before);
        },
        [](const ApiResult<qint64>& pruned) {
            if (!pruned)
                qWarning("could not prune the undoable operations: %s",
                         qPrintable(pruned.error().detail));
        });
}

CsvImportJob* ContactWriter::startImport(const QString& filePath, const ImportOptions& options,
                                         QObject* owner)
{
    auto* job = new CsvImportJob(m_databasePath, owner);
    connect(job, &CsvImportJob::finished, this, &ContactWriter::contactsAddedOrRemoved);
    // An import of a million contacts leaves a million entries: without a server, none is
    // needed.
    connect(job, &CsvImportJob::finished, this, &ContactWriter::pruneJournal);
    job->setActor(AgentName::current());
    job->start(filePath, options);
    return job;
}
