#pragma once

#include "TagCount.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

class ContactWriter;

/// A tag (or label) added to or removed from a selection, pushed with the ids the store
/// actually changed: undo() reverts those and no others (a contact that already had the tag
/// keeps it), redo() applies the change to them again.
class TagContactsCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(TagContactsCommand)
public:
    enum Change { Add, Remove };

    TagContactsCommand(ContactWriter* writer, Change change, TagKind kind, QString tag,
                       QStringList changedIds);

    void undo() override;
    void redo() override;

    /// The text of the change, for the undo menu and the busy indicator.
    static QString describe(Change change, TagKind kind, const QString& tag, qsizetype count);

private:
    void apply(Change change);

    ContactWriter* m_writer;
    Change m_change;
    TagKind m_kind;
    QString m_tag;
    QStringList m_ids;
    bool m_applied = true;
};
