#include "StatusSummary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

StatusSummary::StatusSummary(QWidget* parent)
    : QWidget(parent), m_busyText(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_selected(new QLabel(this)), m_count(new QLabel(this))
{
    m_busy->setRange(0, 0); // no known end: a moving bar
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(m_busyText->sizeHint().height());
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyText->hide();
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_selected->setObjectName(QStringLiteral("selectedLabel"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_busyText);
    layout->addWidget(m_busy);
    layout->addWidget(m_selected);
    layout->addWidget(m_count);
}

void StatusSummary::setCount(qint64 count, bool filtered)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    // English has no plural without a translation loaded: one gets its own text.
    if (filtered)
        m_count->setText(n == 1 ? tr("1 match") : tr("%Ln matches", nullptr, n));
    else
        m_count->setText(n == 1 ? tr("1 contact") : tr("%Ln contacts", nullptr, n));
}

void StatusSummary::setSelectedCount(qint64 count)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    m_selected->setText(n > 0 ? tr("%Ln selected", nullptr, n) : QString());
    m_selected->setVisible(n > 0);
}

void StatusSummary::setBusy(const QString& description)
{
    m_busyText->setText(description);
    m_busyText->setVisible(!description.isEmpty());
    m_busy->setVisible(!description.isEmpty());
}

QString StatusSummary::countText() const
{
    return m_count->text();
}

QString StatusSummary::selectedText() const
{
    return m_selected->isHidden() ? QString() : m_selected->text();
}

bool StatusSummary::isBusy() const
{
    return !m_busy->isHidden();
}
