#include "EmptyStateWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

EmptyStateWidget::EmptyStateWidget(QWidget* parent) : QWidget(parent)
{
    auto* icon = new QLabel;
    icon->setPixmap(QIcon::fromTheme(QStringLiteral("x-office-address-book"),
                                     style()->standardIcon(QStyle::SP_FileDialogInfoView))
                        .pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);

    auto* title = new QLabel(tr("No contacts yet"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* text = new QLabel(tr("Add your first contact by hand, or import a CSV file exported "
                               "from WhatsApp Business or a spreadsheet."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(420);

    auto* newContact =
        new QPushButton(QIcon::fromTheme(QStringLiteral("contact-new")), tr("New contact"));
    newContact->setObjectName(QStringLiteral("emptyNewContact"));
    auto* import =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import…"));
    import->setObjectName(QStringLiteral("emptyImport"));
    connect(newContact, &QPushButton::clicked, this, &EmptyStateWidget::newContactRequested);
    connect(import, &QPushButton::clicked, this, &EmptyStateWidget::importRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(newContact);
    buttons->addWidget(import);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
}
