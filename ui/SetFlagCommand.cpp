#include "SetFlagCommand.h"

#include "ContactWriter.h"

SetFlagCommand::SetFlagCommand(ContactWriter* writer, Flag flag, bool value, QStringList changedIds)
    : m_writer(writer), m_flag(flag), m_value(value), m_ids(std::move(changedIds))
{
    setText(describe(m_flag, m_value, m_ids.size()));
}

QString SetFlagCommand::describe(Flag flag, bool value, qsizetype count)
{
    // English has no plural without a translation loaded: one contact gets its own text.
    const int n = int(count);
    if (flag == Blocked && value)
        return n == 1 ? tr("Block 1 contact") : tr("Block %Ln contacts", nullptr, n);
    if (flag == Blocked)
        return n == 1 ? tr("Unblock 1 contact") : tr("Unblock %Ln contacts", nullptr, n);
    if (value)
        return n == 1 ? tr("Opt in 1 contact") : tr("Opt in %Ln contacts", nullptr, n);
    return n == 1 ? tr("Opt out 1 contact") : tr("Opt out %Ln contacts", nullptr, n);
}

void SetFlagCommand::apply(bool value)
{
    const QStringList ids = m_ids;
    const Flag flag = m_flag;
    m_writer->editContacts(ids.size(), describe(flag, value, ids.size()),
                           [=](ContactBatchEdit& edit) {
                               return flag == Blocked ? edit.setBlocked(ids, value)
                                                      : edit.setOptedIn(ids, value);
                           },
                           {});
}

void SetFlagCommand::undo()
{
    m_writer->asUndo([this] { apply(!m_value); });
    m_applied = false;
}

void SetFlagCommand::redo()
{
    if (m_applied)
        return;
    apply(m_value);
    m_applied = true;
}
