#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class ContactTableView;
class DatabaseSession;
class ImportWizard;
class QAction;
class QMimeData;
class QWidget;

/// File > Import… and Export…, and a CSV or vCard file dropped on the window: opens the import
/// wizard (one at a time; it imports through the session's ContactWriter) and the export
/// dialog (with the table's list, its count and its selection). Import… asks through
/// importRequested(), which the empty state's button also sends. Lives on the GUI thread.
class ImportExportActions : public QObject {
    Q_OBJECT
public:
    /// The dialogs are windows of `window`; the pointers are not owned.
    ImportExportActions(ContactTableView* table, QWidget* window, QObject* parent = nullptr);

    /// The open database (not owned; null for none). The wizard of the previous one
    /// closes first (see closeImportWizard()).
    void setSession(DatabaseSession* session);

    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    /// Import while edits may start, export while a database is open.
    void updateActions(bool canWrite);

    /// Closes the import wizard; a running import asks whether to stop, and "no" keeps it
    /// and returns false.
    bool closeImportWizard();

    /// The file of a drag that the import wizard can take (one local .csv, .tsv, .txt, .vcf
    /// or .vcard), or an empty string.
    static QString importableFile(const QMimeData* mime);

public slots:
    /// The import wizard, on `path` when given (a dropped file). One at a time.
    void openImportWizard(const QString& path = {});
    /// The export dialog with the table's list and selection.
    void exportContacts();

signals:
    /// File > Import…: the window decides (it opens the wizard).
    void importRequested();
    /// For the status bar: the store's message.
    void errorOccurred(const QString& message);

private:
    ContactTableView* m_table;
    QWidget* m_window;
    DatabaseSession* m_session = nullptr;
    QPointer<ImportWizard> m_importWizard;
    QAction* m_import;
    QAction* m_export;
};
