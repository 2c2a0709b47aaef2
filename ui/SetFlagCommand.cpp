#include "SetFlagCommand.h"

#include "ContactWriter.h"

SetFlagCommand::SetFlagCommand(ContactWriter* writer, Flag flag, bool value, QStringList changedIds)
    : m_writer(writer), m_flag(flag), m_value(value), m_ids(std::move(changedIds))
{
    setText(describe(m_flag, m_value, m_ids.size()));
}

QString SetFlagCommand::describe(Flag flag, bool value, qsizetype count)
{
    const int n = int(count);
    if (flag == Blocked)
        return value ? tr("Block %n contact(s)", nullptr, n)
                     : tr("Unblock %n contact(s)", nullptr, n);
    return value ? tr("Opt in %n contact(s)", nullptr, n) : tr("Opt out %n contact(s)", nullptr, n);
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
    apply(!m_value);
    m_applied = false;
}

void SetFlagCommand::redo()
{
    if (m_applied)
        return;
    apply(m_value);
    m_applied = true;
}
