#include "MassDeletionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

MassDeletionDialog::MassDeletionDialog(qsizetype count, QWidget* parent)
    : QDialog(parent), m_count(count), m_edit(new QLineEdit), m_delete(new QPushButton)
{
    setObjectName(QStringLiteral("massDeletionDialog"));
    setWindowTitle(tr("Delete Contacts"));
    const QString shown = QLocale().toString(qint64(count));
    auto* text = new QLabel(tr("You are about to delete %1 contacts. You can undo it with Edit > "
                               "Undo while the app stays open.\n\nType %1 to confirm:")
                                .arg(shown));
    text->setWordWrap(true);
    text->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("massDeletionCount"));
    m_edit->setAccessibleName(tr("Number of contacts to delete"));
    m_edit->setPlaceholderText(shown);
    m_delete->setObjectName(QStringLiteral("massDeletionButton"));
    m_delete->setText(tr("Delete %1 Contacts").arg(shown));
    m_delete->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    // Enter in the field deletes once the number is right, and does nothing before.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);
    }
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& typed) {
        const bool right = matches(typed, m_count);
        m_delete->setEnabled(right);
        m_delete->setDefault(right);
    });
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
}

bool MassDeletionDialog::matches(const QString& typed, qsizetype count)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue())); // Arabic-Indic digits too
        else if (!c.isSpace() && c != u',' && c != u'.' && c != u'\'' && c != QChar(0x066C) &&
                 c != QChar(0x00A0) && c != QChar(0x202F))
            return false;
    }
    bool ok = false;
    return !digits.isEmpty() && digits.toLongLong(&ok) == count && ok;
}
