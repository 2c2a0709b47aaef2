#pragma once

#include "SyncSettings.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class MessageLabel;
class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class TokenStore;
struct ConnectionAnswer;
struct ConnectionProbe;

/// Sync ▸ Sync Settings…: the server, the organization and its token, the client's request
/// budget and when to sync by itself. Settings go to QSettings (SyncSettings), the token only
/// to `tokens` (the OS keychain). "Test connection" asks the server for one contact on a
/// worker and shows its answer. OK saves and closes once the keychain has the token; a
/// keychain error keeps the dialog open and says why.
class SyncSettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// `tokens` must outlive the dialog.
    explicit SyncSettingsDialog(TokenStore& tokens, QWidget* parent = nullptr);
    ~SyncSettingsDialog() override;

    /// The settings as the form holds them now.
    SyncSettings settings() const;
    /// True while a connection test runs.
    bool isTesting() const;

public slots:
    void accept() override;
    void testConnection();

signals:
    /// After OK saved the settings and the token.
    void settingsSaved(const SyncSettings& settings);

private:
    void loadToken();
    void updateAutomatic();
    /// Why the form cannot be used, or empty: URL and organization both set or both empty.
    QString formError() const;
    void setSaving(bool saving);
    /// Shows a message (an error in red) under the form, growing the dialog to fit it.
    void say(MessageLabel* label, bool error, const QString& text);

    TokenStore& m_tokens;
    QLineEdit* m_serverUrl;
    QLineEdit* m_organization;
    QLineEdit* m_token;
    QSpinBox* m_requestsPerMinute;
    QCheckBox* m_automatic;
    QSpinBox* m_interval;
    QCheckBox* m_afterEdits;
    QPushButton* m_testButton;
    MessageLabel* m_connection;
    MessageLabel* m_error;
    QDialogButtonBox* m_buttons;
    QFutureWatcher<ConnectionAnswer>* m_testWatcher = nullptr;
    std::shared_ptr<ConnectionProbe> m_probe;
    bool m_saving = false;
};
