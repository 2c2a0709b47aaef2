#pragma once

#include "Contact.h"
#include "ContactMarkerIcons.h"
#include "SyncMark.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

/// What ContactTableModel shows of a contact in each column (ContactTableModel::Column):
/// the text, the value an editor or a sort takes, the tooltip, the markers, and the columns'
/// titles. Its texts are the model's, translated in the ContactTableModel context.
class ContactPresentation {
    Q_DECLARE_TR_FUNCTIONS(ContactTableModel)
public:
    /// The display, edit, tooltip, decoration and alignment roles of a contact's cell; an
    /// invalid QVariant for any other role.
    QVariant data(const Contact& contact, const SyncMark& sync, int column, int role) const;
    /// A column's title, why it cannot be sorted (tooltip) and the order it is first sorted
    /// in; an invalid QVariant for any other role.
    QVariant headerData(int column, int role, bool sortable) const;

private:
    QVariant display(const Contact& contact, int column) const;
    QVariant edit(const Contact& contact, int column) const;
    QVariant toolTip(const Contact& contact, const SyncMark& sync, int column) const;
    QVariant decoration(const Contact& contact, const SyncMark& sync, int column) const;
    QString syncText(const SyncMark& sync) const;

    ContactMarkerIcons m_icons;
};
