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
    // English has no plural without a translation loaded: one contact gets its own text.
    const int n = int(count);
    const bool one = n == 1;
    if (kind == TagKind::Tag && change == Add)
        return (one ? tr("Add tag “%1” to 1 contact")
                    : tr("Add tag “%1” to %Ln contacts", nullptr, n))
            .arg(tag);
    if (kind == TagKind::Tag)
        return (one ? tr("Remove tag “%1” from 1 contact")
                    : tr("Remove tag “%1” from %Ln contacts", nullptr, n))
            .arg(tag);
    if (change == Add)
        return (one ? tr("Add label “%1” to 1 contact")
                    : tr("Add label “%1” to %Ln contacts", nullptr, n))
            .arg(tag);
    return (one ? tr("Remove label “%1” from 1 contact")
                : tr("Remove label “%1” from %Ln contacts", nullptr, n))
        .arg(tag);
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
    m_writer->asUndo([this] { apply(m_change == Add ? Remove : Add); });
    m_applied = false;
}

void TagContactsCommand::redo()
{
    if (m_applied)
        return;
    apply(m_change);
    m_applied = true;
}
