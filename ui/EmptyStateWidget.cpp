#include "EmptyStateWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStateWidget::EmptyStateWidget(QWidget* parent) : QWidget(parent)
{
    auto* icon = new QLabel;
    const QIcon book = QIcon::fromTheme(QStringLiteral("x-office-address-book"));
    icon->setPixmap(book.pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    icon->setVisible(!book.isNull()); // no generic stand-in: an "i" reads as a warning

    auto* title = new QLabel(tr("No contacts yet"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* text = new QLabel(tr("Add your first contact by hand, or import a CSV file exported "
                               "from WhatsApp Business or a spreadsheet, or a phone’s vCard "
                               "file."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A wrapped label under an alignment gets no height-for-width from its layout.
    const int width = text->fontMetrics().averageCharWidth() * 56;
    text->setFixedWidth(width);
    text->setMinimumHeight(text->heightForWidth(width));

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
