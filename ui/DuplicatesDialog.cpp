#include "DuplicatesDialog.h"

#include "ContactDatabase.h"
#include "ContactWriter.h"
#include "DatabaseSession.h"
#include "DuplicateFinder.h"
#include "MergeDialog.h"
#include "StoreJob.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { Name, Phone, Email, Country, ColumnCount };

constexpr int groupRole = Qt::UserRole;

QString reasonsText(const QStringList& reasons)
{
    QStringList parts;
    for (const QString& reason : reasons) {
        if (reason == u"email")
            parts.append(DuplicatesDialog::tr("same email"));
        else if (reason == u"name")
            parts.append(DuplicatesDialog::tr("same name and country"));
        else if (reason == u"phone")
            parts.append(DuplicatesDialog::tr("same number under another prefix or country code"));
    }
    return QLocale().createSeparatedList(parts);
}

const QString geometryKey = QStringLiteral("duplicates/geometry");

} // namespace

DuplicatesDialog::DuplicatesDialog(DatabaseSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_groups(new QTreeWidget), m_merge(new QPushButton),
      m_findAgain(new QPushButton), m_progress(new QProgressBar), m_summary(new QLabel),
      m_progressTimer(new QTimer(this)), m_job(new StoreJob(this))
{
    setWindowTitle(tr("Duplicates"));
    setObjectName(QStringLiteral("duplicatesDialog"));
    m_groups->setObjectName(QStringLiteral("duplicateGroups"));
    m_groups->setColumnCount(ColumnCount);
    m_groups->setHeaderLabels({tr("Name"), tr("Phone"), tr("Email"), tr("Country")});
    m_groups->setAccessibleName(tr("Groups of duplicates"));
    m_groups->setAccessibleDescription(
        tr("Each group lists contacts that are likely one person and why they matched."));
    m_groups->setUniformRowHeights(true);
    m_groups->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_groups->header()->resizeSection(Name, 260);
    m_groups->header()->resizeSection(Phone, 170);
    m_groups->header()->resizeSection(Email, 220);
    m_summary->setObjectName(QStringLiteral("duplicatesSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("duplicatesProgress"));
    m_progress->hide();
    m_merge->setText(tr("&Merge…"));
    m_merge->setObjectName(QStringLiteral("duplicatesMerge"));
    m_merge->setToolTip(tr("Merge the selected group into one contact (Enter)"));
    m_findAgain->setText(tr("&Find Again"));
    m_findAgain->setObjectName(QStringLiteral("duplicatesFindAgain"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_findAgain, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter merges the selected group; Escape closes.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_findAgain->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_groups, 1);
    layout->addWidget(buttons);
    // Set once the button is inside the dialog (see MergeDialog).
    m_merge->setDefault(true);

    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_findAgain, &QPushButton::clicked, this, &DuplicatesDialog::find);
    // Enter reaches the default button (Merge…) from the list; a double click opens it too.
    connect(m_groups, &QTreeWidget::itemDoubleClicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_groups, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_job, &StoreJob::finished, this, [this] {
        m_finding = false;
        m_progressTimer->stop();
        m_progress->hide();
        if (!m_job->openError().isEmpty())
            m_summary->setText(tr("Could not open the database: %1").arg(m_job->openError()));
        else if (!m_scan->groups)
            m_summary->setText(
                tr("Could not look for duplicates: %1").arg(m_scan->groups.error().message));
        else
            fill(*m_scan->groups);
        updateButtons();
    });
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &DuplicatesDialog::showProgress);

    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray()))
        resize(900, 560);
    connect(this, &QDialog::finished, this,
            [this] { QSettings().setValue(geometryKey, saveGeometry()); });
    updateButtons();
}

DuplicatesDialog::~DuplicatesDialog() = default;

bool DuplicatesDialog::isFinding() const
{
    return m_finding;
}

void DuplicatesDialog::find()
{
    if (!m_session || m_finding)
        return;
    m_finding = true;
    m_scan = std::make_shared<Scan>();
    m_summary->setText(tr("Looking for duplicates…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressTimer->start();
    std::shared_ptr<Scan> scan = m_scan;
    m_job->start(m_session->path(), [scan](ContactDatabase& database) {
        DuplicateFinder finder(database, database.defaultOrganization());
        finder.setProgress([scan](qint64 done, qint64 total) {
            scan->total = total;
            scan->done = done;
        });
        scan->groups = finder.find(shownGroups);
    });
    updateButtons();
}

void DuplicatesDialog::showProgress()
{
    if (!m_scan || m_scan->total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(1000 * m_scan->done / m_scan->total));
}

void DuplicatesDialog::fill(const QList<DuplicateGroup>& groups)
{
    m_found = groups;
    m_groups->clear();
    const QLocale locale;
    QList<QTreeWidgetItem*> items;
    for (int g = 0; g < groups.size() && g < shownGroups; ++g) {
        const DuplicateGroup& group = groups.at(g);
        auto* item = new QTreeWidgetItem;
        item->setText(Name, tr("%Ln contacts: %1", nullptr, int(group.contacts.size()))
                                .arg(reasonsText(group.reasons)));
        item->setData(Name, groupRole, g);
        QFont font = item->font(Name);
        font.setBold(true);
        item->setFont(Name, font);
        for (const Contact& contact : group.contacts) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(Name, contact.name.value_or(QString()));
            child->setText(Phone, contact.phone);
            child->setText(Email, contact.email.value_or(QString()));
            child->setText(Country, contact.countryCode.value_or(QString()));
            child->setData(Name, groupRole, g);
        }
        items.append(item);
    }
    m_groups->addTopLevelItems(items);
    for (QTreeWidgetItem* item : std::as_const(items))
        item->setFirstColumnSpanned(true);
    m_groups->expandAll();
    if (!items.isEmpty()) {
        m_groups->setCurrentItem(items.first());
        m_groups->setFocus();
    }
    if (groups.isEmpty())
        m_summary->setText(tr("No duplicates found."));
    else if (groups.size() > shownGroups)
        m_summary->setText(tr("Groups of likely duplicates: %1; the first %2 are listed.")
                               .arg(locale.toString(groups.size()), locale.toString(shownGroups)));
    else
        m_summary->setText(tr("Groups of likely duplicates: %1. Merge keeps one contact and "
                              "deletes the others; History can undo it.")
                               .arg(locale.toString(groups.size())));
}

int DuplicatesDialog::selectedGroup() const
{
    const QTreeWidgetItem* item = m_groups->currentItem();
    return item ? item->data(Name, groupRole).toInt() : -1;
}

void DuplicatesDialog::updateButtons()
{
    m_merge->setEnabled(m_session && !m_merging && !m_finding && selectedGroup() >= 0);
    m_findAgain->setEnabled(m_session && !m_finding);
}

void DuplicatesDialog::mergeSelected()
{
    const int g = selectedGroup();
    if (!m_merge->isEnabled() || g < 0 || g >= m_found.size())
        return;
    auto* dialog = new MergeDialog(m_found.at(g).contacts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, g] {
        const DuplicateMerge::Request request = dialog->request();
        m_merging = true;
        updateButtons();
        m_session->writer()->mergeContacts(
            request, this, [this, g](const ApiResult<DuplicateMerge::Result>& merged) {
                m_merging = false;
                if (!merged) {
                    m_summary->setText(tr("Not merged: %1").arg(merged.error().message));
                    updateButtons();
                    return;
                }
                const QString text = tr("Merged %Ln contacts into %1. History can undo it.",
                                        nullptr, int(merged->merged.size() + 1))
                                         .arg(merged->contact.name.value_or(merged->contact.phone));
                m_summary->setText(text);
                emit message(text, 5000);
                // The group leaves the list; the others keep their places.
                for (int i = 0; i < m_groups->topLevelItemCount(); ++i) {
                    QTreeWidgetItem* item = m_groups->topLevelItem(i);
                    if (item->data(Name, groupRole).toInt() == g) {
                        delete m_groups->takeTopLevelItem(i);
                        break;
                    }
                }
                updateButtons();
            });
    });
    dialog->open();
}
