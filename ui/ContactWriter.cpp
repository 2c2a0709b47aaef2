#include "ContactWriter.h"

#include "ContactDatabase.h"
#include "ContactStore.h"
#include "StoreTask.h"

ContactWriter::ContactWriter(ContactDatabase& database, QObject* parent)
    : QObject(parent), m_db(database), m_databasePath(database.path())
{}

template <typename R>
void ContactWriter::run(bool onWorker, const QString& description, BatchWork<R> work,
                        std::function<void(ApiResult<R>)> finished)
{
    if (!onWorker) {
        ContactBatchEdit edit(m_db);
        finished(work(edit));
        return;
    }
    setBusy(true, description);
    StoreTask::runOnDatabase<ApiResult<R>>(
        m_databasePath, this,
        [work = std::move(work)](ContactDatabase& database) -> ApiResult<R> {
            ContactBatchEdit edit(database);
            return work(edit);
        },
        [this, finished = std::move(finished)](ApiResult<R> result) {
            setBusy(false, {});
            finished(std::move(result));
        });
}

void ContactWriter::editContacts(qsizetype size, const QString& description,
                                 BatchWork<QStringList> work, Done<QStringList> done)
{
    run<QStringList>(size > inlineEditLimit, description, std::move(work),
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
    run<QList<Contact>>(size > inlineReplaceLimit, description, std::move(work),
                        [this, done = std::move(done)](ApiResult<QList<Contact>> contacts) {
                            if (!contacts)
                                emit writeFailed(contacts.error().message);
                            if (done)
                                done(contacts);
                            if (contacts && !contacts->isEmpty())
                                emit contactsAddedOrRemoved();
                        });
}

ApiResult<Contact> ContactWriter::update(const QString& id, const ContactChanges& changes)
{
    ContactStore store(m_db);
    auto updated = store.update(id, changes);
    if (!updated)
        emit writeFailed(updated.error().message);
    else
        emit contactsChanged({id});
    return updated;
}

void ContactWriter::setBusy(bool busy, const QString& description)
{
    m_description = description;
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}
