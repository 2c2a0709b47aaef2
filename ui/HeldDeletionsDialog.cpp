#include "HeldDeletionsDialog.h"

#include "SyncSummary.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

HeldDeletionsDialog::HeldDeletionsDialog(const SyncSummary& summary, QWidget* parent)
    : QDialog(parent), m_count(summary.heldHere + summary.heldOnServer), m_sample(new QTreeWidget),
      m_delete(new QPushButton), m_keep(new QPushButton)
{
    setObjectName(QStringLiteral("heldDeletionsDialog"));
    setWindowTitle(tr("Sync Held Back Deletions"));

    QString lines;
    if (summary.heldHere > 0)
        lines += QStringLiteral("\n• ") + tr("%Ln on this computer, which the server no longer has",
                                             nullptr, int(summary.heldHere));
    if (summary.heldOnServer > 0)
        lines += QStringLiteral("\n• ") + tr("%Ln on the server, which were deleted here", nullptr,
                                             int(summary.heldOnServer));
    //: %1 is the most contacts a sync deletes without asking; a list of what it would
    //: delete follows on lines of their own.
    auto* text = new QLabel(tr("This sync would delete more than the %1 contacts it deletes "
                               "without asking:")
                                .arg(QLocale().toString(summary.deletionLimit)) +
                            lines + QStringLiteral("\n\n") +
                            tr("Everything else was synced. Delete them, or keep them until "
                               "you have checked?"));
    text->setWordWrap(true);

    m_sample->setObjectName(QStringLiteral("heldDeletionsSample"));
    m_sample->setAccessibleName(tr("Some of the contacts to delete"));
    m_sample->setAccessibleDescription(
        tr("Their name, phone and where they were deleted: here or on the server"));
    m_sample->setRootIsDecorated(false);
    m_sample->setHeaderLabels({tr("Name"), tr("Phone"), tr("Deleted on")});
    for (const QJsonValue& value : summary.heldSample) {
        const QJsonObject item = value.toObject();
        const bool here = item.value(QStringLiteral("where")).toString() == u"here";
        auto* row = new QTreeWidgetItem(m_sample);
        row->setText(0, item.value(QStringLiteral("name")).toString());
        row->setText(1, item.value(QStringLiteral("phone")).toString());
        // Where the contact is already gone: the deletion the sync would carry over.
        row->setText(2, here ? tr("the server") : tr("this computer"));
    }
    m_sample->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* more = new QLabel;
    const qint64 unseen = m_count - summary.heldSample.size();
    more->setText(unseen > 0 ? tr("…and %Ln more.", nullptr, int(unseen)) : QString());
    more->setVisible(unseen > 0);

    m_delete->setObjectName(QStringLiteral("heldDeletionsDelete"));
    m_delete->setText(tr("&Delete %Ln Contacts", nullptr, int(m_count)));
    m_keep->setObjectName(QStringLiteral("heldDeletionsKeep"));
    m_keep->setText(tr("&Keep Them for Now"));
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_keep, QDialogButtonBox::RejectRole);
    m_delete->setAutoDefault(false);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_sample);
    layout->addWidget(more);
    layout->addWidget(buttons);
    // Set once the button is inside the dialog (see MergeDialog).
    m_keep->setDefault(true);
    m_keep->setFocus();
}
