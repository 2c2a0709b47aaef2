#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/// One local write in the change journal, the outbox sync pushes from.
struct JournalEntry {
    enum class Operation { Create, Update, Delete };

    qint64 sequence = 0; ///< strictly increasing, never reused
    qint64 contactRowId = 0;
    QString contactId;
    Operation operation = Operation::Create;
    QStringList fields; ///< the API names of the fields that changed (all set ones on create)
    QDateTime at;
};
