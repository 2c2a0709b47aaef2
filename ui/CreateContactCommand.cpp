#include "CreateContactCommand.h"

#include "ContactWriter.h"

CreateContactCommand::CreateContactCommand(ContactWriter* writer, Contact contact)
    : m_writer(writer), m_contact(std::move(contact))
{
    setText(tr("New contact %1").arg(m_contact.name.value_or(m_contact.phone)));
}

void CreateContactCommand::undo()
{
    const QStringList ids{m_contact.id};
    m_writer->asUndo([&] {
        m_writer->replaceContacts(1, text(),
                                  [ids](ContactBatchEdit& edit) { return edit.remove(ids); }, {});
    });
    m_applied = false;
}

void CreateContactCommand::redo()
{
    if (m_applied)
        return;
    const QList<Contact> contacts{m_contact};
    m_writer->replaceContacts(
        1, text(), [contacts](ContactBatchEdit& edit) { return edit.restore(contacts); }, {});
    m_applied = true;
}
