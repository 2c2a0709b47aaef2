#pragma once

#include "Contact.h"
#include "ContactChanges.h"

#include <QCoreApplication>
#include <QUndoCommand>

class ContactWriter;

/// An edit of one contact made in the editor, pushed after the store accepted it: its first
/// redo() does nothing; undo() patches the changed fields back to their old values.
class EditContactCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditContactCommand)
public:
    EditContactCommand(ContactWriter* writer, Contact before, Contact after);

    void undo() override;
    void redo() override;

private:
    ContactWriter* m_writer;
    Contact m_before;
    Contact m_after;
    bool m_applied = true;
};
