#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "ContactBatchEdit.h"
#include "ContactChanges.h"

#include <QObject>
#include <QStringList>

#include <functional>

class ContactDatabase;

/// Where the window's writes go, so that the undo commands and the actions share one path:
/// a batch edit of a few contacts runs at once on the GUI connection; a larger one runs on a
/// worker with its own connection (StoreTask) while busyChanged() drives the busy indicator,
/// and its answer comes back on the GUI thread. One batch edit runs at a time (isBusy()).
/// Lives on the GUI thread; the database must outlive it.
class ContactWriter : public QObject {
    Q_OBJECT
public:
    /// Tag and flag edits of up to this many contacts run on the GUI thread, deletes and
    /// restores of up to inlineReplaceLimit: both well under 50 ms at 1M contacts
    /// (docs/benchmarks.md, "Batch edits on the GUI thread").
    static constexpr int inlineEditLimit = 1000;
    static constexpr int inlineReplaceLimit = 100;

    explicit ContactWriter(ContactDatabase& database, QObject* parent = nullptr);

    bool isBusy() const { return m_busy; }
    /// What the running batch edit does, for the status bar.
    QString busyDescription() const { return m_description; }

    template <typename R> using BatchWork = std::function<ApiResult<R>(ContactBatchEdit&)>;
    template <typename R> using Done = std::function<void(ApiResult<R>)>;

    /// Runs `work` on `size` contacts (inline or on a worker, see the class), then `done`
    /// on the GUI thread, then contactsChanged(). `description` names it while busy.
    void editContacts(qsizetype size, const QString& description, BatchWork<QStringList> work,
                      Done<QStringList> done);
    /// Removes or restores contacts, then contactsAddedOrRemoved().
    void replaceContacts(qsizetype size, const QString& description, BatchWork<QList<Contact>> work,
                         Done<QList<Contact>> done);
    /// A single-contact PATCH on the GUI connection (one short transaction).
    ApiResult<Contact> update(const QString& id, const ContactChanges& changes);

signals:
    void busyChanged(bool busy);
    /// Fields of these contacts changed (tags, flags, an edit).
    void contactsChanged(const QStringList& ids);
    /// Contacts appeared or disappeared (delete, undo of delete or create).
    void contactsAddedOrRemoved();
    /// A write failed; the message is the store's.
    void writeFailed(const QString& message);

private:
    template <typename R>
    void run(bool onWorker, const QString& description, BatchWork<R> work,
             std::function<void(ApiResult<R>)> finished);
    void setBusy(bool busy, const QString& description);

    ContactDatabase& m_db;
    QString m_databasePath;
    bool m_busy = false;
    QString m_description;
};
