#pragma once

#include "ContactImporter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <expected>
#include <memory>
#include <optional>

class StoreJob;

/// One CSV import (ContactImporter) on a thread of its own with a connection of its own
/// (StoreJob), started by ContactWriter::startImport(): the rows committed so far for a
/// progress bar, a way to stop it after the batch being written, and its outcome. The
/// import is not undoable (it may be a million rows); what was committed stays when it is
/// stopped. Destroying the job stops it and waits for the batch in flight. Lives on the GUI
/// thread.
///
/// With ImportOptions::dryRun the job is a check of what the import would do (the import
/// wizard's): it reads the whole file and writes nothing; its progress and batches are rows
/// checked, and its result is the dry run's report.
class CsvImportJob : public QObject {
    Q_OBJECT
public:
    /// The outcome: a report, or why nothing was imported at all.
    using Result = std::expected<ImportReport, QString>;

    explicit CsvImportJob(const QString& databasePath, QObject* parent = nullptr);
    ~CsvImportJob() override;

    /// Starts importing `filePath` with `options`. One run per job.
    /// Who the opt-in history says imported (AgentName); before start().
    void setActor(const QString& actor) { m_actor = actor; }
    void start(const QString& filePath, const ImportOptions& options);
    /// Asks the import to stop after the batch being written. Any time.
    void cancel();
    bool isRunning() const;
    ContactImporter::Progress progress() const;
    /// Milliseconds since the import started.
    qint64 elapsed() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    /// Blocks until the import has returned (cancel() first: a fraction of a second), and
    /// reports finished() now rather than later.
    void waitForFinished();
    /// Set once the import has ended.
    const std::optional<Result>& result() const { return m_result; }

signals:
    /// A batch was committed, or checked (on the GUI thread).
    void progressed();
    /// The import ended; result() holds its outcome. Emitted once.
    void finished();

private:
    struct Run;

    void onJobFinished();

    QString m_databasePath;
    QString m_actor;
    StoreJob* m_job;
    std::shared_ptr<Run> m_run;
    QElapsedTimer m_clock;
    std::optional<Result> m_result;
};
