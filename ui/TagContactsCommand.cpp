#include "TagContactsCommand.h"

#include "ContactWriter.h"

TagContactsCommand::TagContactsCommand(ContactWriter* writer, Change change, TagKind kind,
                                       QString tag, QStringList changedIds)
    : m_writer(writer), m_change(change), m_kind(kind), m_tag(std::move(tag)),
      m_ids(std::move(changedIds))
{
    setText(describe(m_change, m_kind, m_tag, m_ids.size()));
}

QString TagContactsCommand::describe(Change change, TagKind kind, const QString& tag,
                                     qsizetype count)
{
    const int n = int(count);
    if (kind == TagKind::Tag) {
        return change == Add ? tr("Add tag “%1” to %n contact(s)", nullptr, n).arg(tag)
                             : tr("Remove tag “%1” from %n contact(s)", nullptr, n).arg(tag);
    }
    return change == Add ? tr("Add label “%1” to %n contact(s)", nullptr, n).arg(tag)
                         : tr("Remove label “%1” from %n contact(s)", nullptr, n).arg(tag);
}

void TagContactsCommand::apply(Change change)
{
    const QStringList ids = m_ids;
    const QString tag = m_tag;
    const TagKind kind = m_kind;
    m_writer->editContacts(ids.size(), describe(change, kind, tag, ids.size()),
                           [=](ContactBatchEdit& edit) {
                               return change == Add ? edit.addTag(ids, tag, kind)
                                                    : edit.removeTag(ids, tag, kind);
                           },
                           {});
}

void TagContactsCommand::undo()
{
    apply(m_change == Add ? Remove : Add);
    m_applied = false;
}

void TagContactsCommand::redo()
{
    if (m_applied)
        return;
    apply(m_change);
    m_applied = true;
}
