#include "EditContactCommand.h"

#include "ContactWriter.h"

EditContactCommand::EditContactCommand(ContactWriter* writer, Contact before, Contact after)
    : m_writer(writer), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Edit %1").arg(m_after.name.value_or(m_after.phone)));
}

ContactPatch EditContactCommand::patchBetween(const Contact& from, const Contact& to)
{
    ContactPatch patch;
    if (from.name != to.name)
        patch.setName(to.name);
    if (from.email != to.email)
        patch.setEmail(to.email);
    if (from.countryCode != to.countryCode)
        patch.setCountryCode(to.countryCode);
    if (from.tags != to.tags)
        patch.setTags(to.tags);
    if (from.labels != to.labels)
        patch.setLabels(to.labels);
    if (from.params != to.params)
        patch.setParams(to.params);
    if (from.optedIn != to.optedIn)
        patch.setOptedIn(to.optedIn);
    if (from.isBlocked != to.isBlocked)
        patch.setBlocked(to.isBlocked);
    return patch;
}

void EditContactCommand::undo()
{
    const ContactPatch patch = patchBetween(m_after, m_before);
    if (!patch.isEmpty())
        m_writer->update(m_before.id, patch);
    m_applied = false;
}

void EditContactCommand::redo()
{
    if (m_applied)
        return;
    const ContactPatch patch = patchBetween(m_before, m_after);
    if (!patch.isEmpty())
        m_writer->update(m_after.id, patch);
    m_applied = true;
}
