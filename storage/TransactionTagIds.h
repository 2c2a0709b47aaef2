#pragma once

#include <QHash>
#include <QPair>
#include <QString>

#include <optional>

/// The row ids of the tags a connection's open transaction has linked contacts to, by the
/// spelling given, shared by the TagIndex objects of that transaction: an import makes one a
/// batch, and its batches join one transaction of up to 50,000 rows, each batch looking up the
/// same few hundred tags again. An id kept here is what a look-up would find: tags are never
/// deleted, a tag the transaction linked has contacts (so a look-up would not respell it), and
/// a tag whose count goes down is forgotten. SqlTransaction empties it when the outermost
/// transaction ends and when a savepoint rolls back, so that no id outlives the rolled-back
/// insert of its tag, nor the write lock under which no other connection changed the tags.
/// Belongs to its connection (ContactDatabase::transactionTagIds()) and its thread.
class TransactionTagIds {
public:
    std::optional<qint64> find(int kind, const QString& name) const;
    void keep(int kind, const QString& name, qint64 id);
    /// Forgets every spelling of the tag: its count went down, maybe to none.
    void forget(qint64 id);
    void clear();

private:
    QHash<QPair<int, QString>, qint64> m_ids;
};
