// bench_model: ContactTableModel and ContactBatchEdit on an existing database (make one with
// `bench_store --count 1000000 --keep --db PATH`). It drives the model as a QTableView would
// (data() for the visible rows of each frame) and measures what the agent feels: how long the
// GUI thread is busy per frame and how long the event loop stalls (a 2 ms timer's largest
// gap), how long until rows appear, the peak RSS after scrolling through the whole table, and
// the batch edits over 100k contacts. Results go to stdout as markdown, progress to stderr.
// No figure is asserted: they are for docs/benchmarks.md.

#include "BenchMeasures.h"
#include "ContactBatchEdit.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "ContactTableModel.h"
#include "StoreTask.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QItemSelection>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <optional>

namespace {

using BenchMeasures::Clock;
using BenchMeasures::err;
using BenchMeasures::millis;
using BenchMeasures::msSince;
using BenchMeasures::out;
using BenchMeasures::percentile;
using BenchMeasures::procStatusKb;
using BenchMeasures::thousands;
using BenchMeasures::threadCpuMs;

/// The largest gap between the ticks of a 2 ms timer while it runs: how long the event loop
/// (the GUI thread) was unable to react.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const auto now = Clock::now();
            if (m_last)
                m_maxGap = std::max(
                    m_maxGap, std::chrono::duration<double, std::milli>(now - *m_last).count());
            m_last = now;
        });
    }
    void start()
    {
        m_maxGap = 0;
        m_last.reset();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_maxGap;
    }

private:
    QTimer m_timer;
    std::optional<Clock::time_point> m_last;
    double m_maxGap = 0;
};

struct Row {
    QString what;
    QString value;
};

class BenchModel {
public:
    BenchModel(ContactDatabase& db, int visibleRows) : m_db(db), m_visible(visibleRows) {}

    bool run(int randomReads, int dragSteps, bool fullScroll, int editCount);

private:
    /// Waits (running the event loop) until the condition holds; false after `timeoutMs`.
    bool waitFor(const std::function<bool()>& condition, int timeoutMs = 600000);
    /// One frame of a view showing rows [top, top + visible): data() for each visible cell's
    /// display role, as a paint does. Returns the GUI-thread time of the frame.
    double paint(ContactTableModel& model, int top);
    bool allVisibleLoaded(ContactTableModel& model, int top);
    void add(const QString& section, const QString& what, const QString& value)
    {
        m_rows.append({section + QStringLiteral(" | ") + what, value});
    }
    void measureOpen(ContactTableModel*& model);
    void measureRandomReads(ContactTableModel& model, int reads, const QString& label);
    void measureDrag(ContactTableModel& model, int steps);
    void measureFullScroll(ContactTableModel& model);
    void measureFilter(ContactTableModel& model, const QString& search);
    bool measureEdits(ContactTableModel& model, int count);
    void print();

    ContactDatabase& m_db;
    int m_visible;
    StallMeter m_stall;
    QList<Row> m_rows;
};

bool BenchModel::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

double BenchModel::paint(ContactTableModel& model, int top)
{
    const auto start = Clock::now();
    const int bottom = std::min(top + m_visible, model.rowCount());
    for (int row = top; row < bottom; ++row) {
        for (int column = 0; column < ContactTableModel::ColumnCount; ++column) {
            const QModelIndex index = model.index(row, column);
            model.data(index, Qt::DisplayRole);
            model.data(index, Qt::DecorationRole);
        }
    }
    return msSince(start);
}

bool BenchModel::allVisibleLoaded(ContactTableModel& model, int top)
{
    const int bottom = std::min(top + m_visible, model.rowCount());
    for (int row = top; row < bottom; ++row) {
        if (!model.data(model.index(row, 0), ContactTableModel::LoadedRole).toBool())
            return false;
    }
    return true;
}

void BenchModel::measureOpen(ContactTableModel*& model)
{
    err() << "open" << Qt::endl;
    m_stall.start();
    const auto start = Clock::now();
    model = new ContactTableModel(m_db);
    const double constructed = msSince(start);
    waitFor([model] { return !model->isCounting(); });
    const double counted = msSince(start);
    add(QStringLiteral("open"), QStringLiteral("constructor (GUI thread)"), millis(constructed));
    add(QStringLiteral("open"), QStringLiteral("count + first window arrive"), millis(counted));
    add(QStringLiteral("open"), QStringLiteral("rows"), thousands(model->rowCount()));
    add(QStringLiteral("open"), QStringLiteral("max event-loop stall"), millis(m_stall.stop()));
}

void BenchModel::measureRandomReads(ContactTableModel& model, int reads, const QString& label)
{
    err() << "random reads, " << label << Qt::endl;
    QRandomGenerator random(20240601);
    QList<double> dataCalls, dataCpu, arrivals;
    m_stall.start();
    for (int i = 0; i < reads; ++i) {
        const int row = int(random.bounded(model.rowCount()));
        const QModelIndex index = model.index(row, ContactTableModel::NameColumn);
        auto start = Clock::now();
        const double cpuStart = threadCpuMs();
        model.data(index, Qt::DisplayRole);
        dataCpu.append(threadCpuMs() - cpuStart);
        dataCalls.append(msSince(start));
        waitFor([&] { return model.data(index, ContactTableModel::LoadedRole).toBool(); });
        arrivals.append(msSince(start));
    }
    const double stall = m_stall.stop();
    const QString section = QStringLiteral("cold reads, ") + label;
    add(section, QStringLiteral("data() on an uncached row, GUI thread, p50 / max"),
        millis(percentile(dataCalls, 0.5)) + QStringLiteral(" / ") +
            millis(percentile(dataCalls, 1.0)));
    add(section, QStringLiteral("the same, CPU time of the GUI thread, p50 / max"),
        millis(percentile(dataCpu, 0.5)) + QStringLiteral(" / ") +
            millis(percentile(dataCpu, 1.0)));
    add(section,
        QStringLiteral("window of %1 rows arrives, p50 / p90 / max (%2 reads)")
            .arg(ContactTableModel::windowSize)
            .arg(reads),
        millis(percentile(arrivals, 0.5)) + QStringLiteral(" / ") +
            millis(percentile(arrivals, 0.9)) + QStringLiteral(" / ") +
            millis(percentile(arrivals, 1.0)));
    add(section, QStringLiteral("max event-loop stall"), millis(stall));
}

void BenchModel::measureDrag(ContactTableModel& model, int steps)
{
    // A scrollbar dragged from top to bottom in `steps` frames of 16 ms: each frame paints
    // the rows then visible and lets the event loop run until the next frame is due.
    err() << "scrollbar drag, " << steps << " frames" << Qt::endl;
    const int rows = model.rowCount();
    QList<double> frames;
    int framesWithRows = 0;
    m_stall.start();
    const auto start = Clock::now();
    for (int step = 0; step <= steps; ++step) {
        const int top = int(qint64(rows - m_visible) * step / steps);
        const auto frameStart = Clock::now();
        frames.append(paint(model, top));
        if (allVisibleLoaded(model, top))
            ++framesWithRows;
        while (msSince(frameStart) < 16)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    const double dragMs = msSince(start);
    const int last = rows - m_visible;
    const auto settle = Clock::now();
    waitFor([&] {
        paint(model, last);
        return allVisibleLoaded(model, last);
    });
    const double settled = msSince(settle);
    const double stall = m_stall.stop();
    const QString section = QStringLiteral("scrollbar drag");
    add(section, QStringLiteral("frames (16 ms apart), total time"),
        QStringLiteral("%1, %2 ms").arg(steps + 1).arg(millis(dragMs)));
    add(section, QStringLiteral("GUI time per frame (paint's data() calls), p50 / max"),
        millis(percentile(frames, 0.5)) + QStringLiteral(" / ") + millis(percentile(frames, 1.0)));
    add(section, QStringLiteral("frames whose rows were all loaded when painted"),
        QStringLiteral("%1 of %2").arg(framesWithRows).arg(steps + 1));
    add(section, QStringLiteral("last rows shown after the drag stops"), millis(settled));
    add(section, QStringLiteral("max event-loop stall"), millis(stall));
    add(section, QStringLiteral("cached rows after"), thousands(model.cachedRowCount()));
}

void BenchModel::measureFullScroll(ContactTableModel& model)
{
    err() << "full scroll through " << model.rowCount() << " rows" << Qt::endl;
    const qint64 rssBefore = procStatusKb("VmRSS");
    const auto start = Clock::now();
    const int rows = model.rowCount();
    const int page = ContactTableModel::windowSize;
    for (int top = 0; top < rows; top += page) {
        paint(model, top);
        waitFor([&] { return allVisibleLoaded(model, top); });
        if ((top / page) % 500 == 0)
            err() << "  row " << top << ", RSS " << BenchMeasures::procStatusMb("VmRSS")
                  << Qt::endl;
    }
    const QString section = QStringLiteral("full scroll");
    add(section, QStringLiteral("every window of %1 rows, in order, total").arg(page),
        QStringLiteral("%1 s").arg(msSince(start) / 1000.0, 0, 'f', 1));
    add(section, QStringLiteral("RSS before / after, peak (VmHWM)"),
        QStringLiteral("%1 MB / %2, %3")
            .arg(double(rssBefore) / 1024.0, 0, 'f', 1)
            .arg(BenchMeasures::procStatusMb("VmRSS"), BenchMeasures::procStatusMb("VmHWM")));
    add(section, QStringLiteral("cached rows after"), thousands(model.cachedRowCount()));
}

void BenchModel::measureFilter(ContactTableModel& model, const QString& search)
{
    err() << "filter `" << search << "`" << Qt::endl;
    ContactFilter filter;
    filter.search = search;
    m_stall.start();
    const auto start = Clock::now();
    model.setFilter(filter);
    const double call = msSince(start);
    waitFor([&model] { return !model.isCounting(); });
    const double counted = msSince(start);
    // The model keeps the order of a search's matches between these sizes.
    const bool ordered = model.totalCount() > 2 * ContactTableModel::windowSize &&
                         model.totalCount() <= ContactTableModel::maxOrderedMatches &&
                         waitFor([&model] { return model.isMatchOrderKnown(); }, 60000);
    const double orderedMs = msSince(start);
    const double stall = m_stall.stop();
    const QString section = QStringLiteral("filter `") + search + u'`';
    add(section, QStringLiteral("matches' order known (windows then read by id)"),
        ordered ? millis(orderedMs) : QStringLiteral("not kept"));
    add(section, QStringLiteral("setFilter() on the GUI thread"), millis(call));
    add(section, QStringLiteral("count + first window arrive"),
        QStringLiteral("%1 (%2 matches)").arg(millis(counted), thousands(model.totalCount())));
    add(section, QStringLiteral("max event-loop stall"), millis(stall));
}

bool BenchModel::measureEdits(ContactTableModel& model, int count)
{
    // The first `count` rows of the current order, selected and resolved as the UI would.
    err() << "batch edits over " << count << " contacts" << Qt::endl;
    model.setFilter({});
    waitFor([&model] { return !model.isCounting(); });
    count = std::min(count, model.rowCount() - 1000);
    std::optional<ApiResult<QStringList>> ids;
    QObject context;
    m_stall.start();
    auto start = Clock::now();
    model.contactIds(QItemSelection(model.index(1000, 0), model.index(1000 + count - 1, 0)),
                     &context, [&ids](ApiResult<QStringList> answer) { ids = std::move(answer); });
    waitFor([&ids] { return ids.has_value(); });
    const double resolved = msSince(start);
    if (!*ids) {
        err() << "contactIds: " << ids->error().detail << Qt::endl;
        return false;
    }
    const QString section = QStringLiteral("batch edit, %1 contacts").arg(thousands(count));
    add(section, QStringLiteral("contactIds() of the selection, on a worker"), millis(resolved));

    const auto timed = [&](const QString& what,
                           std::function<ApiResult<QStringList>(ContactBatchEdit&)> edit) {
        std::optional<ApiResult<QStringList>> answer;
        const auto begin = Clock::now();
        StoreTask::runOnDatabase<ApiResult<QStringList>>(
            m_db.path(), &context,
            [edit](ContactDatabase& database) {
                ContactBatchEdit batch(database);
                return edit(batch);
            },
            [&answer](ApiResult<QStringList> result) { answer = std::move(result); });
        waitFor([&answer] { return answer.has_value(); });
        const double ms = msSince(begin);
        if (!*answer) {
            err() << what << ": " << answer->error().detail << Qt::endl;
            return false;
        }
        add(section, what + QStringLiteral(" (%1 changed)").arg(thousands(answer->value().size())),
            millis(ms));
        return true;
    };
    const QStringList selected = **ids;
    const bool ok =
        timed(QStringLiteral("addTag"),
              [selected](ContactBatchEdit& e) {
                  return e.addTag(selected, QStringLiteral("bench-model"), TagKind::Tag);
              }) &&
        timed(QStringLiteral("removeTag (its undo)"),
              [selected](ContactBatchEdit& e) {
                  return e.removeTag(selected, QStringLiteral("bench-model"), TagKind::Tag);
              }) &&
        timed(QStringLiteral("setBlocked(true)"),
              [selected](ContactBatchEdit& e) { return e.setBlocked(selected, true); }) &&
        timed(QStringLiteral("setBlocked(false) (its undo)"),
              [selected](ContactBatchEdit& e) { return e.setBlocked(selected, false); });
    add(section, QStringLiteral("max event-loop stall during all of the above"),
        millis(m_stall.stop()));
    return ok;
}

bool BenchModel::run(int randomReads, int dragSteps, bool fullScroll, int editCount)
{
    ContactTableModel* model = nullptr;
    measureOpen(model);
    std::unique_ptr<ContactTableModel> owner(model);
    if (model->rowCount() < m_visible * 10) {
        err() << "bench_model: the database holds too few contacts" << Qt::endl;
        return false;
    }
    measureRandomReads(*model, randomReads, QStringLiteral("created desc"));
    model->sort(ContactTableModel::NameColumn, Qt::AscendingOrder);
    waitFor([model] { return !model->isCounting(); });
    measureRandomReads(*model, randomReads, QStringLiteral("name asc"));
    measureDrag(*model, dragSteps);
    model->sort(ContactTableModel::CreatedColumn, Qt::DescendingOrder);
    waitFor([model] { return !model->isCounting(); });
    if (fullScroll)
        measureFullScroll(*model);
    measureFilter(*model, QStringLiteral("ha"));
    measureRandomReads(*model, std::max(5, randomReads / 4), QStringLiteral("search `ha`"));
    measureFilter(*model, QStringLiteral("hassan"));
    if (editCount > 0 && !measureEdits(*model, editCount))
        return false;
    print();
    return true;
}

void BenchModel::print()
{
    out() << "| Section | Measure | Value |\n|---|---|--:|\n";
    for (const Row& row : m_rows)
        out() << "| " << row.what << " | " << row.value << " |\n";
    out() << "\nPeak RSS of the whole run (VmHWM): " << BenchMeasures::procStatusMb("VmHWM")
          << "\n";
    out().flush();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times ContactTableModel and ContactBatchEdit on an existing database."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The contacts database (required)."),
                                      QStringLiteral("path"));
    const QCommandLineOption readsOption(QStringLiteral("reads"),
                                         QStringLiteral("Cold random reads (default 50)."),
                                         QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption dragOption(QStringLiteral("drag-frames"),
                                        QStringLiteral("Frames of the drag (default 180)."),
                                        QStringLiteral("n"), QStringLiteral("180"));
    const QCommandLineOption scrollOption(QStringLiteral("full-scroll"),
                                          QStringLiteral("Scroll through every row (minutes)."));
    const QCommandLineOption editOption(
        QStringLiteral("edit-count"),
        QStringLiteral("Contacts per batch edit (default 100000; 0 skips; edits are undone)."),
        QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOptions({dbOption, readsOption, dragOption, scrollOption, editOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        err() << "bench_model: --db is required (make one with bench_store --keep --db PATH)"
              << Qt::endl;
        return 2;
    }
    auto db = ContactDatabase::open(parser.value(dbOption));
    if (!db) {
        err() << "bench_model: " << db.error().detail << Qt::endl;
        return 1;
    }
    BenchModel bench(**db, 40);
    const bool ok = bench.run(parser.value(readsOption).toInt(), parser.value(dragOption).toInt(),
                              parser.isSet(scrollOption), parser.value(editOption).toInt());
    return ok ? 0 : 1;
}
