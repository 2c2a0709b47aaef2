#pragma once

#include <QLabel>

/// A wrapped line of feedback under a form: an error in red, or a plain note. Hidden while
/// empty, so that it takes no room until there is something to say.
class MessageLabel : public QLabel {
    Q_OBJECT
public:
    explicit MessageLabel(QWidget* parent = nullptr);

    void showError(const QString& text);
    void showNote(const QString& text);
    void clearMessage();
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};
