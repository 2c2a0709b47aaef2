#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

class ContactWriter;

/// Block / unblock or opt in / out of a selection, pushed with the ids whose value the store
/// changed: undo() sets the old value on exactly those.
class SetFlagCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetFlagCommand)
public:
    enum Flag { Blocked, OptedIn };

    SetFlagCommand(ContactWriter* writer, Flag flag, bool value, QStringList changedIds);

    void undo() override;
    void redo() override;

    static QString describe(Flag flag, bool value, qsizetype count);

private:
    /// `undoing`: the history says the change was an undo.
    void apply(bool value);

    ContactWriter* m_writer;
    Flag m_flag;
    bool m_value;
    QStringList m_ids;
    bool m_applied = true;
};
