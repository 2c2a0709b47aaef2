#pragma once

#include <QLineEdit>
#include <QStringList>

class QAbstractItemModel;
class QCompleter;

/// A line of comma-separated tags (or labels) that completes the tag being typed from the
/// tags that already exist, so that agents reuse `VIP` instead of inventing `vip customer`.
/// The Arabic comma separates tags too.
class TagEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit TagEdit(QWidget* parent = nullptr);

    /// The tags as typed: trimmed, blanks dropped, in order (the store removes duplicates).
    QStringList tags() const;
    void setTags(const QStringList& tags);

    /// Completes from `model`'s `role` (the existing tags); the model is not owned.
    void setCompletionModel(QAbstractItemModel* model, int role = Qt::DisplayRole);
    QCompleter* completer() const { return m_completer; }

    static QStringList split(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// Where the tag under the cursor starts and ends in text().
    std::pair<qsizetype, qsizetype> currentTagRange() const;
    void updateCompletion();
    void insertCompletion(const QString& tag);

    QCompleter* m_completer;
};
