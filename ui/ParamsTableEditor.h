#pragma once

#include <QJsonObject>
#include <QWidget>

class QTableWidget;
class QToolButton;

/// The custom fields (params) of a contact as a two-column key/value table with add and
/// remove buttons. Values are edited as text; a value whose text is left unchanged keeps its
/// JSON type (a number stays a number), an edited one is stored as a string.
class ParamsTableEditor : public QWidget {
    Q_OBJECT
public:
    explicit ParamsTableEditor(QWidget* parent = nullptr);

    QJsonObject params() const;
    void setParams(const QJsonObject& params);

    /// Keys that appear more than once (shown as an error; the last one would win).
    QStringList duplicateKeys() const;

    QTableWidget* table() const { return m_table; }

public slots:
    /// Appends an empty row and starts editing its key.
    void addRow();
    void removeSelectedRows();

signals:
    void paramsEdited();

private:
    void updateButtons();

    QTableWidget* m_table;
    QToolButton* m_add;
    QToolButton* m_remove;
    bool m_loading = false;
};
