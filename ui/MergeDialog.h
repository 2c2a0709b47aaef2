#pragma once

#include "Contact.h"
#include "DuplicateMerge.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

/// Merging one group of duplicates: the contacts side by side, a column each and a row per
/// field, with which contact stays (its id and phone; the others are deleted) and, per field,
/// where its value comes from: Automatic (the kept contact's, empty ones filled from the
/// others, tags, labels and params united, a block kept), or one contact's. The last column
/// shows the contact as DuplicateMerge will write it (DuplicateMerge::combine). The merge is
/// one undoable operation, so the dialog does not ask again.
class MergeDialog : public QDialog {
    Q_OBJECT
public:
    /// `contacts`: two or more, the oldest first; the oldest is kept unless the agent picks.
    explicit MergeDialog(const QList<Contact>& contacts, QWidget* parent = nullptr);

    /// What the agent chose, for ContactWriter::mergeContacts().
    DuplicateMerge::Request request() const;
    /// The contact the choices give, or why they give none.
    ApiResult<Contact> result() const;

    QButtonGroup* keepButtons() const { return m_keep; }
    /// The "Take from" box of a field (DuplicateMerge::pickableFields()).
    QComboBox* sourceBox(const QString& field) const;

private:
    void updateResult();
    int keptIndex() const;

    QList<Contact> m_contacts;
    QButtonGroup* m_keep;
    QList<QComboBox*> m_sources; ///< in pickableFields() order
    QList<QLabel*> m_results;    ///< likewise
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_mergeButton = nullptr;
};
