#pragma once

#include "ContactExporter.h"

#include <QObject>
#include <QString>

#include <expected>
#include <memory>
#include <optional>

class StoreJob;

/// One CSV export (ContactExporter) on a thread of its own with a connection of its own
/// (StoreJob), for the export dialog: how far it is, a way to stop it (nothing is written
/// then), and its outcome. Destroying the job stops it and waits for it. Lives on the GUI
/// thread.
class CsvExportJob : public QObject {
    Q_OBJECT
public:
    /// The outcome: the number of contacts written, or the error.
    using Result = std::expected<qint64, QString>;

    explicit CsvExportJob(const QString& databasePath, QObject* parent = nullptr);
    ~CsvExportJob() override;

    /// Starts writing `filePath` with `options`, unless an export runs.
    void start(const QString& filePath, const ExportOptions& options);
    /// Asks the running export to stop; finished() follows with wasCancelled().
    void cancel();
    bool isRunning() const;
    /// The share of the contacts written so far, 0 to 1; empty until the count is known.
    std::optional<double> progress() const;
    /// The last export's outcome, once it has ended.
    const std::optional<Result>& result() const { return m_result; }
    /// Whether the last export was asked to stop.
    bool wasCancelled() const { return m_cancelled; }

signals:
    void finished();

private:
    struct Run;

    void onJobFinished();

    QString m_databasePath;
    StoreJob* m_job;
    std::shared_ptr<Run> m_run;
    std::optional<Result> m_result;
    bool m_cancelled = false;
};
