#pragma once

#include "Contact.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

class ContactWriter;

/// Contacts deleted from the table, pushed with what the store removed. undo() restores
/// exactly those (same ids, fields and timestamps); redo() deletes them again.
class DeleteContactsCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteContactsCommand)
public:
    DeleteContactsCommand(ContactWriter* writer, QList<Contact> removed);

    void undo() override;
    void redo() override;

private:
    ContactWriter* m_writer;
    QList<Contact> m_removed;
    bool m_applied = true;
};
