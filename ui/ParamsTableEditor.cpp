#include "ParamsTableEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QSet>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int OriginalValueRole = Qt::UserRole + 1;

QString displayText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

} // namespace

ParamsTableEditor::ParamsTableEditor(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)), m_add(new QToolButton(this)),
      m_remove(new QToolButton(this))
{
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Custom fields"));
    m_table->setAccessibleDescription(
        tr("One row per custom field: its name and its value, edited in place"));
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);

    m_add->setText(tr("Add field"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setText(tr("Remove field"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &ParamsTableEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &ParamsTableEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit paramsEdited();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ParamsTableEditor::updateButtons);
    updateButtons();
}

QJsonObject ParamsTableEditor::params() const
{
    QJsonObject params;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* keyItem = m_table->item(row, 0);
        const QTableWidgetItem* valueItem = m_table->item(row, 1);
        const QString key = keyItem ? keyItem->text().trimmed() : QString();
        if (key.isEmpty())
            continue;
        const QString text = valueItem ? valueItem->text() : QString();
        const QJsonValue original =
            valueItem ? QJsonValue::fromVariant(valueItem->data(OriginalValueRole)) : QJsonValue();
        const bool unchanged = valueItem && valueItem->data(OriginalValueRole).isValid() &&
                               displayText(original) == text;
        params.insert(key, unchanged ? original : QJsonValue(text));
    }
    return params;
}

void ParamsTableEditor::setParams(const QJsonObject& params)
{
    m_loading = true;
    m_table->setRowCount(0);
    m_table->setRowCount(int(params.size()));
    int row = 0;
    for (auto it = params.begin(); it != params.end(); ++it, ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        auto* value = new QTableWidgetItem(displayText(*it));
        value->setData(OriginalValueRole, it->toVariant());
        m_table->setItem(row, 1, value);
    }
    m_loading = false;
    updateButtons();
}

QStringList ParamsTableEditor::duplicateKeys() const
{
    QSet<QString> seen;
    QStringList duplicates;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, 0);
        const QString key = item ? item->text().trimmed() : QString();
        if (key.isEmpty())
            continue;
        if (seen.contains(key) && !duplicates.contains(key))
            duplicates.append(key);
        seen.insert(key);
    }
    return duplicates;
}

void ParamsTableEditor::addRow()
{
    const int row = m_table->rowCount();
    m_loading = true;
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem);
    m_table->setItem(row, 1, new QTableWidgetItem);
    m_loading = false;
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
    updateButtons();
}

void ParamsTableEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    bool removedKey = false;
    for (int row : rows) {
        const QTableWidgetItem* key = m_table->item(row, 0);
        removedKey = removedKey || (key && !key->text().trimmed().isEmpty());
        m_table->removeRow(row);
    }
    updateButtons();
    if (removedKey)
        emit paramsEdited();
}

void ParamsTableEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 || !m_table->selectedItems().isEmpty());
}
