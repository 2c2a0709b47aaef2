#pragma once

#include "Contact.h"

#include <QCoreApplication>
#include <QUndoCommand>

class ContactWriter;

/// A contact made in the editor, pushed after the store created it. undo() deletes it;
/// redo() restores it with the same id, fields and timestamps.
class CreateContactCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(CreateContactCommand)
public:
    CreateContactCommand(ContactWriter* writer, Contact contact);

    void undo() override;
    void redo() override;

private:
    ContactWriter* m_writer;
    Contact m_contact;
    bool m_applied = true;
};
