#pragma once

#include <QWidget>

/// What the window shows instead of the table while the database holds no contact: says so
/// and points to the two ways to get contacts in, New contact and Import.
class EmptyStateWidget : public QWidget {
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

signals:
    void newContactRequested();
    void importRequested();
};
