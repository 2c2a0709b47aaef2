#include "FilterSidebar.h"

#include "FilterListView.h"
#include "TagCountDelegate.h"
#include "TagListModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel* sectionTitle(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

} // namespace

FilterSidebar::FilterSidebar(QWidget* parent)
    : QWidget(parent), m_tagView(makeList()), m_labelView(makeList()), m_optedIn(new QComboBox),
      m_blocked(new QComboBox), m_clear(new QPushButton(tr("Clear filters")))
{
    m_tagView->setObjectName(QStringLiteral("tagList"));
    m_tagView->setAccessibleName(tr("Tags"));
    m_labelView->setObjectName(QStringLiteral("labelList"));
    m_labelView->setAccessibleName(tr("Labels"));
    m_tagView->setAccessibleDescription(tr("Shows only the contacts with the selected tags"));
    m_labelView->setAccessibleDescription(tr("Shows only the contacts with the selected labels"));

    m_optedIn->setObjectName(QStringLiteral("optedInFilter"));
    m_optedIn->addItem(tr("Any"));
    m_optedIn->addItem(tr("Opted in"), true);
    m_optedIn->addItem(tr("Not opted in"), false);
    m_optedIn->setAccessibleDescription(tr("Shows only the contacts with this opt-in"));
    m_blocked->setObjectName(QStringLiteral("blockedFilter"));
    m_blocked->setAccessibleDescription(tr("Shows only blocked, or only unblocked, contacts"));
    m_blocked->addItem(tr("Any"));
    m_blocked->addItem(tr("Blocked"), true);
    m_blocked->addItem(tr("Not blocked"), false);
    for (QComboBox* box : {m_optedIn, m_blocked}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (m_restoring)
                return;
            updateClearButton();
            emit filtersChanged();
        });
    }

    auto* flags = new QFormLayout;
    flags->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    flags->addRow(tr("Opt-&in"), m_optedIn);
    flags->addRow(tr("&Blocked"), m_blocked);

    connect(m_clear, &QPushButton::clicked, this, &FilterSidebar::clearFilters);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 2, 6);
    layout->addWidget(sectionTitle(tr("&Tags"), m_tagView));
    layout->addWidget(m_tagView, 3);
    layout->addWidget(sectionTitle(tr("&Labels"), m_labelView));
    layout->addWidget(m_labelView, 2);
    layout->addWidget(sectionTitle(tr("Status"), m_optedIn));
    layout->addLayout(flags);
    layout->addWidget(m_clear);
    updateClearButton();
}

QListView* FilterSidebar::makeList()
{
    auto* view = new FilterListView;
    view->setItemDelegate(new TagCountDelegate(TagListModel::CountRole, view));
    return view;
}

void FilterSidebar::setModels(TagListModel* tags, TagListModel* labels)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_restoring = true;
    m_selectedTags.clear();
    m_selectedLabels.clear();
    m_optedIn->setCurrentIndex(0);
    m_blocked->setCurrentIndex(0);
    m_restoring = false;
    attach(m_tagView, tags, &m_selectedTags);
    attach(m_labelView, labels, &m_selectedLabels);
    updateClearButton();
}

void FilterSidebar::attach(QListView* view, TagListModel* model, QStringList* selected)
{
    QItemSelectionModel* previous = view->selectionModel();
    view->setModel(model);
    delete previous; // setModel() leaves the old one to its caller
    if (!model)
        return;
    m_modelConnections.append(connect(view->selectionModel(),
                                      &QItemSelectionModel::selectionChanged, this,
                                      [this, view, selected] {
                                          if (m_restoring)
                                              return;
                                          readSelection(view, selected);
                                          updateClearButton();
                                          emit filtersChanged();
                                      }));
    // A refresh resets the list (counts change after every edit): choose the same names again.
    m_modelConnections.append(
        connect(model, &QAbstractItemModel::modelReset, this,
                [this, view, model, selected] { restoreSelection(view, model, selected); }));
}

void FilterSidebar::readSelection(QListView* view, QStringList* selected)
{
    QStringList names;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        names.append(index.data(TagListModel::NameRole).toString());
    // Keep the order in which they were chosen, for a stable filter.
    QStringList ordered;
    for (const QString& name : std::as_const(*selected)) {
        if (names.contains(name))
            ordered.append(name);
    }
    for (const QString& name : std::as_const(names)) {
        if (!ordered.contains(name))
            ordered.append(name);
    }
    *selected = ordered;
}

void FilterSidebar::restoreSelection(QListView* view, TagListModel* model, QStringList* selected)
{
    m_restoring = true;
    QItemSelection selection;
    QStringList kept;
    for (const QString& name : std::as_const(*selected)) {
        const int row = model->rowOf(name);
        if (row < 0)
            continue; // no contact carries it any more
        const QModelIndex index = model->index(row, 0);
        selection.select(index, index);
        kept.append(model->data(index, TagListModel::NameRole).toString());
    }
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_restoring = false;
    if (kept != *selected) {
        *selected = kept;
        updateClearButton();
        emit filtersChanged();
    }
}

std::optional<bool> FilterSidebar::choice(const QComboBox* box)
{
    const QVariant value = box->currentData();
    return value.isValid() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

std::optional<bool> FilterSidebar::optedIn() const
{
    return choice(m_optedIn);
}

std::optional<bool> FilterSidebar::isBlocked() const
{
    return choice(m_blocked);
}

bool FilterSidebar::hasFilters() const
{
    return !m_selectedTags.isEmpty() || !m_selectedLabels.isEmpty() || optedIn() || isBlocked();
}

void FilterSidebar::clearFilters()
{
    if (!hasFilters())
        return;
    m_restoring = true;
    m_tagView->clearSelection();
    m_labelView->clearSelection();
    m_optedIn->setCurrentIndex(0);
    m_blocked->setCurrentIndex(0);
    m_selectedTags.clear();
    m_selectedLabels.clear();
    m_restoring = false;
    updateClearButton();
    emit filtersChanged();
}

void FilterSidebar::updateClearButton()
{
    m_clear->setEnabled(hasFilters());
}
