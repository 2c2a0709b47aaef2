#include "EditContactCommand.h"

#include "ContactWriter.h"

EditContactCommand::EditContactCommand(ContactWriter* writer, Contact before, Contact after)
    : m_writer(writer), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Edit %1").arg(m_after.name.value_or(m_after.phone)));
}

void EditContactCommand::undo()
{
    const ContactChanges patch = ContactChanges::between(m_after, m_before);
    if (!patch.isEmpty())
        m_writer->asUndo([&] { m_writer->update(m_before.id, patch); });
    m_applied = false;
}

void EditContactCommand::redo()
{
    if (m_applied)
        return;
    const ContactChanges patch = ContactChanges::between(m_before, m_after);
    if (!patch.isEmpty())
        m_writer->update(m_after.id, patch);
    m_applied = true;
}
