#include "SyncSettingsDialog.h"

#include "ContactsClient.h"
#include "MessageLabel.h"
#include "ServerEndpoint.h"
#include "TokenStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

/// A connection test in flight: the dialog cancels its client when it closes first.
struct ConnectionProbe {
    std::mutex mutex;
    ContactsClient* client = nullptr;
    bool cancelled = false;

    void cancel()
    {
        std::lock_guard lock(mutex);
        cancelled = true;
        if (client)
            client->cancel();
    }
};

/// What a connection test found, for the user.
struct ConnectionAnswer {
    bool connected = false;
    QString text;
};

namespace {

// One GET ?limit=1, described for the user (runs on a worker).
ConnectionAnswer probeServer(const ServerEndpoint& endpoint, const ClientOptions& options,
                             const std::shared_ptr<ConnectionProbe>& probe)
{
    ContactsClient client(endpoint, options);
    {
        std::lock_guard lock(probe->mutex);
        if (probe->cancelled)
            return {false, SyncSettingsDialog::tr("Not connected: the test was cancelled")};
        probe->client = &client;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    const ClientResult answer = client.list(query);
    {
        std::lock_guard lock(probe->mutex);
        probe->client = nullptr;
    }
    if (!answer)
        return {false, SyncSettingsDialog::tr("Not connected: %1").arg(answer.error().message)};
    if (!answer->ok()) {
        return {false, SyncSettingsDialog::tr("Not connected: the server answered HTTP %1: %2")
                           .arg(answer->status)
                           .arg(answer->error())};
    }
    const qint64 total = answer->data().toObject().value(QStringLiteral("total")).toInteger(-1);
    if (total < 0)
        return {false,
                SyncSettingsDialog::tr("Not connected: the server's answer has no contact count")};
    if (total == 1)
        return {true, SyncSettingsDialog::tr("Connected: 1 contact on the server")};
    return {true,
            SyncSettingsDialog::tr("Connected: %Ln contacts on the server", nullptr, int(total))};
}

} // namespace

SyncSettingsDialog::SyncSettingsDialog(TokenStore& tokens, QWidget* parent)
    : QDialog(parent), m_tokens(tokens), m_serverUrl(new QLineEdit), m_organization(new QLineEdit),
      m_token(new QLineEdit), m_requestsPerMinute(new QSpinBox),
      m_automatic(new QCheckBox(tr("Sync &automatically"))), m_interval(new QSpinBox),
      m_afterEdits(new QCheckBox(tr("Also shortly after each &edit"))),
      m_testButton(new QPushButton(tr("&Test Connection"))), m_connection(new MessageLabel),
      m_error(new MessageLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Sync Settings"));
    // Room for a URL and for the server's answer on a line or two.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_serverUrl->setObjectName(QStringLiteral("serverUrlEdit"));
    m_serverUrl->setPlaceholderText(QStringLiteral("https://contacts.example.com"));
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_organization->setAccessibleDescription(
        tr("The organization whose contacts this database syncs, as the server names it"));
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Kept in the system keychain"));
    m_requestsPerMinute->setObjectName(QStringLiteral("requestsPerMinuteSpin"));
    m_requestsPerMinute->setRange(0, 100000);
    m_requestsPerMinute->setSpecialValueText(tr("Unlimited"));
    m_requestsPerMinute->setToolTip(
        tr("The most requests a minute this app sends; keep it at or under the server's limit"));
    m_automatic->setObjectName(QStringLiteral("automaticCheck"));
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setAccessibleDescription(tr("Minutes between automatic syncs"));
    m_afterEdits->setObjectName(QStringLiteral("afterEditsCheck"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    auto* server = new QGroupBox(tr("Server"));
    auto* serverForm = new QFormLayout(server);
    serverForm->addRow(tr("Server &URL:"), m_serverUrl);
    serverForm->addRow(tr("&Organization ID:"), m_organization);
    serverForm->addRow(tr("To&ken:"), m_token);
    serverForm->addRow(tr("&Requests per minute:"), m_requestsPerMinute);
    auto* test = new QHBoxLayout;
    test->addWidget(m_testButton);
    test->addStretch();
    serverForm->addRow(test);
    serverForm->addRow(m_connection);

    auto* when = new QGroupBox(tr("When to Sync"));
    auto* whenForm = new QFormLayout(when);
    whenForm->addRow(new QLabel(tr("Sync Now (F5) always works; automatic sync is off until "
                                   "you turn it on.")));
    whenForm->itemAt(0, QFormLayout::SpanningRole)->widget()->setProperty("wordWrap", true);
    whenForm->addRow(m_automatic);
    whenForm->addRow(tr("&Every:"), m_interval);
    whenForm->addRow(m_afterEdits);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(server);
    layout->addWidget(when);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    const SyncSettings current = SyncSettings::load();
    m_serverUrl->setText(current.serverUrl);
    m_organization->setText(current.organizationId);
    m_requestsPerMinute->setValue(current.requestsPerMinute);
    m_automatic->setChecked(current.automatic);
    m_interval->setValue(current.intervalMinutes);
    m_afterEdits->setChecked(current.afterEdits);
    updateAutomatic();

    connect(m_automatic, &QCheckBox::toggled, this, &SyncSettingsDialog::updateAutomatic);
    connect(m_testButton, &QPushButton::clicked, this, &SyncSettingsDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyncSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SyncSettingsDialog::reject);
    for (QLineEdit* edit : {m_serverUrl, m_organization, m_token})
        connect(edit, &QLineEdit::textEdited, m_connection, &MessageLabel::clearMessage);

    if (current.isConfigured())
        loadToken();
}

void SyncSettingsDialog::say(MessageLabel* label, bool error, const QString& text)
{
    if (error)
        label->showError(text);
    else
        label->showNote(text);
    // A message of a few lines grows the dialog instead of being cut off.
    QTimer::singleShot(0, this, [this] {
        const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : sizeHint().height();
        resize(width(), std::max(wanted, height()));
    });
}

SyncSettingsDialog::~SyncSettingsDialog()
{
    // The worker's client must not outlive its answer's reader; cancelling ends it at once.
    if (m_probe)
        m_probe->cancel();
    if (m_testWatcher)
        m_testWatcher->waitForFinished();
}

SyncSettings SyncSettingsDialog::settings() const
{
    SyncSettings form;
    form.serverUrl = m_serverUrl->text().trimmed();
    form.organizationId = m_organization->text().trimmed();
    form.requestsPerMinute = m_requestsPerMinute->value();
    form.automatic = m_automatic->isChecked();
    form.intervalMinutes = m_interval->value();
    form.afterEdits = m_afterEdits->isChecked();
    return form;
}

bool SyncSettingsDialog::isTesting() const
{
    // Until its answer is shown, not only while the probe runs: a refused connection can end
    // the probe before the click's caller looks.
    return m_testWatcher != nullptr;
}

void SyncSettingsDialog::loadToken()
{
    m_token->setEnabled(false);
    m_token->setPlaceholderText(tr("Reading the keychain…"));
    m_tokens.readToken(settings().tokenAccount(), this, [this](TokenStore::ReadResult token) {
        m_token->setEnabled(true);
        m_token->setPlaceholderText(tr("Kept in the system keychain"));
        if (!token) {
            say(m_error, true, token.error());
            return;
        }
        if (!m_token->isModified())
            m_token->setText(*token);
    });
}

void SyncSettingsDialog::updateAutomatic()
{
    m_interval->setEnabled(m_automatic->isChecked());
    m_afterEdits->setEnabled(m_automatic->isChecked());
}

QString SyncSettingsDialog::formError() const
{
    const SyncSettings form = settings();
    if (form.serverUrl.isEmpty() && form.organizationId.isEmpty())
        return {};
    if (form.serverUrl.isEmpty())
        return tr("Enter the server URL");
    if (const auto url = ServerEndpoint::contactsUrlFrom(form.serverUrl); !url)
        return url.error();
    if (form.organizationId.isEmpty())
        return tr("Enter the organization ID");
    return {};
}

void SyncSettingsDialog::testConnection()
{
    if (isTesting())
        return;
    const SyncSettings form = settings();
    QString problem = formError();
    if (problem.isEmpty() && !form.isConfigured())
        problem = tr("Enter the server URL and the organization ID");
    else if (problem.isEmpty() && m_token->text().isEmpty())
        problem = tr("Enter the token");
    if (!problem.isEmpty()) {
        say(m_connection, true, problem);
        return;
    }
    const ServerEndpoint endpoint = *form.endpoint(m_token->text()); // formError() checked it
    ClientOptions options = form.clientOptions();
    // A test is a question to the user's face: one attempt, a short wait, no backoff.
    options.maxAttempts = 1;
    options.timeoutMs = 15000;

    m_testButton->setEnabled(false);
    say(m_connection, false, tr("Connecting to %1…").arg(endpoint.contactsUrl.host()));
    m_probe = std::make_shared<ConnectionProbe>();
    m_testWatcher = new QFutureWatcher<ConnectionAnswer>(this);
    connect(m_testWatcher, &QFutureWatcherBase::finished, this, [this] {
        const ConnectionAnswer answer = m_testWatcher->result();
        m_testWatcher->deleteLater();
        m_testWatcher = nullptr;
        m_probe.reset();
        m_testButton->setEnabled(true);
        if (answer.connected)
            say(m_connection, false, answer.text);
        else
            say(m_connection, true, answer.text);
    });
    m_testWatcher->setFuture(QtConcurrent::run(probeServer, endpoint, options, m_probe));
}

void SyncSettingsDialog::accept()
{
    if (m_saving)
        return;
    if (const QString problem = formError(); !problem.isEmpty()) {
        say(m_error, true, problem);
        return;
    }
    m_error->clearMessage();
    const SyncSettings form = settings();
    if (!form.isConfigured()) {
        form.save();
        emit settingsSaved(form);
        QDialog::accept();
        return;
    }
    setSaving(true);
    m_tokens.writeToken(form.tokenAccount(), m_token->text(), this,
                        [this, form](TokenStore::WriteResult written) {
                            setSaving(false);
                            if (!written) {
                                say(m_error, true, written.error());
                                return;
                            }
                            form.save();
                            emit settingsSaved(form);
                            QDialog::accept();
                        });
}

void SyncSettingsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!saving);
}
