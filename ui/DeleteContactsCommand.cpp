#include "DeleteContactsCommand.h"

#include "ContactWriter.h"

DeleteContactsCommand::DeleteContactsCommand(ContactWriter* writer, QList<Contact> removed)
    : m_writer(writer), m_removed(std::move(removed))
{
    if (m_removed.size() == 1)
        setText(tr("Delete %1").arg(m_removed.first().name.value_or(m_removed.first().phone)));
    else
        setText(tr("Delete %Ln contacts", nullptr, int(m_removed.size())));
}

void DeleteContactsCommand::undo()
{
    const QList<Contact> removed = m_removed;
    m_writer->asUndo([&] {
        m_writer->replaceContacts(
            removed.size(), text(),
            [removed](ContactBatchEdit& edit) { return edit.restore(removed); }, {});
    });
    m_applied = false;
}

void DeleteContactsCommand::redo()
{
    if (m_applied)
        return;
    QStringList ids;
    ids.reserve(m_removed.size());
    for (const Contact& contact : std::as_const(m_removed))
        ids.append(contact.id);
    m_writer->replaceContacts(ids.size(), text(),
                              [ids](ContactBatchEdit& edit) { return edit.remove(ids); }, {});
    m_applied = true;
}
