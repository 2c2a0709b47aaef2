#pragma once

#include <QListView>

/// A list of the sidebar's filter choices (tags, labels): several can be chosen, and the
/// keyboard chooses as a click does. Space toggles the highlighted choice (MultiSelection's
/// own), and so do Return and Enter, which a QListView only reports as `activated`.
class FilterListView : public QListView {
    Q_OBJECT
public:
    explicit FilterListView(QWidget* parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};
