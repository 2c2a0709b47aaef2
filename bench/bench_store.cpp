// bench_store: loads N generated contacts into a fresh store through ContactStore::bulk and
// times the reads the app and the server make (list pages per sort, searches, counts, tag
// counts). Progress goes to stderr, the results to stdout as markdown. Nothing here asserts
// on a time: the figures are for docs/benchmarks.md, and `--count 2000` is a smoke run.

#include "BenchMeasures.h"
#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactGenerator.h"
#include "ContactStore.h"
#include "DatabaseLocation.h"
#include "ListQuery.h"
#include "TextFold.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

using BenchMeasures::Clock;
using BenchMeasures::err;
using BenchMeasures::millis;
using BenchMeasures::msSince;
using BenchMeasures::percentile;
using BenchMeasures::processCpuSeconds;
using BenchMeasures::thousands;
using BenchMeasures::threadCpuMs;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

/// The 1, 5 and 15 minute load averages: other work on the machine skews every figure.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

qint64 fileSize(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

struct Options {
    qint64 count = 1000000;
    QString dbPath;
    bool keep = false;
    bool reuse = false;
    quint64 seed = 20240601;
    int listRuns = 50;
    int searchRuns = 30;
    double budgetSeconds = 20;
    int batch = ContactStore::maxBulkItems;
};

/// One timed operation: the first call (cold) apart, then the repeated calls.
struct Timing {
    QString phase;
    QString operation;
    double cold = 0;
    QList<double> runs; ///< sorted once measuring is done
    QList<double> cpu;  ///< the runs' CPU time on this thread, sorted
    QString result;
};

/// Markdown rows of the load phase, in order.
struct LoadFacts {
    QList<std::pair<QString, QString>> rows;
    void add(const QString& key, const QString& value) { rows.append({key, value}); }
};

class Bench {
public:
    explicit Bench(Options options) : m_options(std::move(options)) {}
    int run();

private:
    bool openDatabase();
    bool insert();
    bool measureLists();
    bool measureSearches();
    bool measureCounts();
    bool measureTagCounts();
    void recordSizes(const QString& when);
    void printReport();

    /// Times `call` `runs` times after a first (cold) call, stopping early (after at least 5
    /// runs) once the operation has used the time budget. `call` returns a description of
    /// its result or the store's error.
    bool measure(const QString& phase, const QString& operation, int runs,
                 const std::function<ApiResult<QString>()>& call);
    bool fail(const QString& what, const ApiError& error);

    Options m_options;
    std::optional<QTemporaryDir> m_tempDir;
    QString m_path;
    bool m_created = false;
    std::unique_ptr<ContactDatabase> m_db;
    qint64 m_total = 0;
    LoadFacts m_load;
    QList<Timing> m_timings;
};

bool Bench::fail(const QString& what, const ApiError& error)
{
    err() << "bench_store: " << what << " failed: " << error.status << ' ' << error.message
          << (error.detail.isEmpty() ? QString() : QStringLiteral(" (") + error.detail + u')')
          << Qt::endl;
    return false;
}

bool Bench::openDatabase()
{
    auto db = ContactDatabase::open(m_path);
    if (!db)
        return fail(QStringLiteral("opening ") + m_path, db.error());
    m_db = std::move(*db);
    return true;
}

bool Bench::measure(const QString& phase, const QString& operation, int runs,
                    const std::function<ApiResult<QString>()>& call)
{
    Timing timing{phase, operation, 0, {}, {}, {}};
    const auto first = Clock::now();
    const ApiResult<QString> coldResult = call();
    timing.cold = msSince(first);
    if (!coldResult)
        return fail(operation, coldResult.error());
    timing.result = *coldResult;

    const auto started = Clock::now();
    for (int i = 0; i < runs; ++i) {
        if (i >= 5 && msSince(started) > m_options.budgetSeconds * 1000)
            break;
        const double cpuStart = threadCpuMs();
        const auto start = Clock::now();
        const ApiResult<QString> result = call();
        timing.runs.append(msSince(start));
        timing.cpu.append(threadCpuMs() - cpuStart);
        if (!result)
            return fail(operation, result.error());
    }
    std::sort(timing.runs.begin(), timing.runs.end());
    std::sort(timing.cpu.begin(), timing.cpu.end());
    err() << "  " << operation << ": cold " << millis(timing.cold) << " ms, p50 "
          << millis(percentile(timing.runs, 0.5)) << " ms, p99 "
          << millis(percentile(timing.runs, 0.99)) << " ms (" << timing.runs.size() << " runs) -> "
          << timing.result << Qt::endl;
    m_timings.append(timing);
    return true;
}

bool Bench::insert()
{
    err() << "(a) bulk insert of " << thousands(m_options.count) << " contacts, seed "
          << m_options.seed << Qt::endl;
    ContactStore store(*m_db);
    ContactGenerator generator(m_options.seed);
    double generateMs = 0;
    double insertMs = 0;
    double insertCpu = 0;
    qint64 imported = 0;
    qint64 skipped = 0;
    QList<double> batchMs;
    double writeMs = 0; // the writer's own time
    double waitMs = 0;  // waiting for the next batch's preparation after the write
    const qint64 step = std::max<qint64>(m_options.count / 10, 1000);
    qint64 nextReport = step;
    const auto nextBatch = [&] {
        const int size =
            int(std::min<qint64>(m_options.batch, m_options.count - generator.generated()));
        const auto generateStart = Clock::now();
        // The bodies as the API's reader makes them: reading JSON is not the store's work.
        QList<NewContact> batch = ContactBodies::newContacts(generator.nextBatch(size));
        generateMs += msSince(generateStart);
        return batch;
    };
    // The import pipeline: the next batch is validated and prepared on the other cores while
    // this one is written on this one. Generating the bodies is not timed.
    QThreadPool preparers;
    preparers.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    QList<NewContact> pending = nextBatch();
    const double firstCpu = processCpuSeconds();
    const auto firstStart = Clock::now();
    ContactStore::PreparedBulk current = ContactStore::prepareBulk(pending);
    insertMs += msSince(firstStart);
    insertCpu += processCpuSeconds() - firstCpu;
    while (!current.rows.isEmpty()) {
        pending = generator.generated() < m_options.count ? nextBatch() : QList<NewContact>{};
        const double cpuStart = processCpuSeconds();
        const auto insertStart = Clock::now();
        QFuture<ContactStore::PreparedBulk> next =
            QtConcurrent::run(&preparers, [&preparers, batch = pending] {
                return ContactStore::prepareBulk(batch, ContactSource::Import, &preparers);
            });
        const ApiResult<BulkResult> result = store.writeBulk(current, m_options.batch);
        writeMs += msSince(insertStart);
        const auto waitStart = Clock::now();
        ContactStore::PreparedBulk following = next.result();
        waitMs += msSince(waitStart);
        const double ms = msSince(insertStart);
        insertCpu += processCpuSeconds() - cpuStart;
        insertMs += ms;
        batchMs.append(ms);
        if (!result)
            return fail(QStringLiteral("bulk"), result.error());
        current = std::move(following);
        imported += result->imported;
        if (result->skipped > 0 && skipped == 0) {
            const BulkResult::Error& first = result->errors.first();
            err() << "  warning: the store skipped item " << first.index << " ("
                  << first.phone.value_or(QStringLiteral("null")) << "): " << first.error
                  << Qt::endl;
        }
        skipped += result->skipped;
        if (imported + skipped >= nextReport || imported + skipped == m_options.count) {
            err() << "  " << thousands(imported + skipped) << " written, " << thousands(imported)
                  << " inserted, " << thousands(qint64(double(imported) / (insertMs / 1000.0)))
                  << " rows/s" << Qt::endl;
            nextReport += step;
        }
    }
    std::sort(batchMs.begin(), batchMs.end());
    m_load.add(QStringLiteral("Contacts inserted"),
               QStringLiteral("%1 (%2 skipped)").arg(thousands(imported), thousands(skipped)));
    m_load.add(QStringLiteral("Bulk insert, `store.bulk` only"),
               QStringLiteral("%1 s").arg(insertMs / 1000.0, 0, 'f', 1));
    m_load.add(QStringLiteral("CPU time of the bulk calls, all threads"),
               QStringLiteral("%1 s").arg(insertCpu, 0, 'f', 1));
    m_load.add(QStringLiteral("Of which writing (`writeBulk`) / waiting for the next batch's "
                              "preparation (`prepareBulk`)"),
               QStringLiteral("%1 s / %2 s")
                   .arg(writeMs / 1000.0, 0, 'f', 1)
                   .arg(waitMs / 1000.0, 0, 'f', 1));
    m_load.add(
        QStringLiteral("Insert rate"),
        QStringLiteral("%1 rows/s").arg(thousands(qint64(double(imported) / (insertMs / 1000.0)))));
    m_load.add(QStringLiteral("One batch of %1: p50 / p99 / max").arg(thousands(m_options.batch)),
               QStringLiteral("%1 / %2 / %3 ms")
                   .arg(millis(percentile(batchMs, 0.5)), millis(percentile(batchMs, 0.99)),
                        millis(batchMs.isEmpty() ? 0 : batchMs.back())));
    m_load.add(QStringLiteral("Generating the bodies (not in the insert time)"),
               QStringLiteral("%1 s").arg(generateMs / 1000.0, 0, 'f', 1));
    return true;
}

QString pageResult(const ListPage& page)
{
    return QStringLiteral("%1 of %2").arg(page.contacts.size()).arg(thousands(page.total));
}

bool Bench::measureLists()
{
    err() << "(b) list pages, limit 20" << Qt::endl;
    const std::pair<SortField, QString> sorts[] = {
        {SortField::CreatedAt, QStringLiteral("created_at")},
        {SortField::Name, QStringLiteral("name")},
        {SortField::LastMessageAt, QStringLiteral("last_message_at")},
        {SortField::UpdatedAt, QStringLiteral("updated_at")}};
    const std::pair<SortOrder, QString> orders[] = {{SortOrder::Descending, QStringLiteral("desc")},
                                                    {SortOrder::Ascending, QStringLiteral("asc")}};
    ContactStore store(*m_db);
    const auto listPage = [&](SortField field, const QString& fieldName, SortOrder order,
                              const QString& orderName, int page) {
        ListQuery query;
        query.page = page;
        query.limit = 20;
        query.sortBy = field;
        query.sortOrder = order;
        const QString operation =
            QStringLiteral("list %1 %2, page %3").arg(fieldName, orderName, thousands(page));
        return measure(QStringLiteral("(b) list"), operation, m_options.listRuns,
                       [&store, query]() -> ApiResult<QString> {
                           auto result = store.list(query);
                           if (!result)
                               return std::unexpected(result.error());
                           return pageResult(*result);
                       });
    };
    for (const auto& [field, fieldName] : sorts) {
        for (const auto& [order, orderName] : orders) {
            for (int page : {1, 5000}) {
                if (!listPage(field, fieldName, order, orderName, page))
                    return false;
            }
        }
    }
    // The deepest offset there is, the worst case of a plain OFFSET walk over a sort index.
    const int lastPage = int(std::max<qint64>(1, (m_total + 19) / 20));
    for (const auto& [field, fieldName] : sorts) {
        if (!listPage(field, fieldName, SortOrder::Descending, QStringLiteral("desc"), lastPage))
            return false;
    }
    // The middle page (offset 500,000 at 1M): the worst case when a page is read from the
    // nearer end, as far from both ends as a page can be.
    const int middlePage = std::max(1, lastPage / 2);
    for (const auto& [field, fieldName] : sorts) {
        for (const auto& [order, orderName] : orders) {
            if (!listPage(field, fieldName, order, orderName, middlePage))
                return false;
        }
    }
    return true;
}

bool Bench::measureSearches()
{
    err() << "(c) search, first page of 20" << Qt::endl;
    ContactStore store(*m_db);

    // A number that exists: the oldest contact's; five digits from its middle.
    ListQuery oldest;
    oldest.limit = 1;
    oldest.sortOrder = SortOrder::Ascending;
    const auto first = store.list(oldest);
    if (!first)
        return fail(QStringLiteral("list oldest"), first.error());
    QString phoneTerm = QStringLiteral("50123");
    if (!first->contacts.isEmpty()) {
        const QString digits = TextFold::digits(first->contacts.first().phone);
        phoneTerm = digits.mid(std::max<qsizetype>(0, digits.size() / 2 - 2), 5);
    }

    const QString broad = ContactGenerator::broadToken().toLower();
    const QString selective = ContactGenerator::rareTokens().first().toLower();
    const std::pair<QString, QString> searches[] = {
        {QStringLiteral("broad"), broad},
        {QStringLiteral("selective"), selective},
        {QStringLiteral("phone digits"), phoneTerm},
        {QStringLiteral("2 characters"), QStringLiteral("al")},
    };
    auto searchCall = [&](const ListQuery& query) {
        return [&store, query]() -> ApiResult<QString> {
            auto result = store.list(query);
            if (!result)
                return std::unexpected(result.error());
            return pageResult(*result);
        };
    };
    for (const auto& [kind, term] : searches) {
        ListQuery query;
        query.search = term;
        if (!measure(QStringLiteral("(c) search"), QStringLiteral("search %1 `%2`").arg(kind, term),
                     m_options.searchRuns, searchCall(query)))
            return false;
    }
    // The table sorted by name while the broad term is typed: the app's common case.
    ListQuery byName;
    byName.search = broad;
    byName.sortBy = SortField::Name;
    byName.sortOrder = SortOrder::Ascending;
    return measure(QStringLiteral("(c) search"),
                   QStringLiteral("search broad `%1`, sortBy name asc").arg(broad),
                   m_options.searchRuns, searchCall(byName));
}

bool Bench::measureCounts()
{
    err() << "(d) count" << Qt::endl;
    ContactStore store(*m_db);
    auto countCall = [&store](const ListQuery& query) {
        return [&store, query]() -> ApiResult<QString> {
            auto result = store.count(query);
            if (!result)
                return std::unexpected(result.error());
            return thousands(*result);
        };
    };
    if (!measure(QStringLiteral("(d) count"), QStringLiteral("count all"), m_options.searchRuns,
                 countCall(ListQuery{})))
        return false;
    ListQuery broad;
    broad.search = ContactGenerator::broadToken().toLower();
    return measure(QStringLiteral("(d) count"),
                   QStringLiteral("count search `%1`").arg(broad.search), m_options.searchRuns,
                   countCall(broad));
}

bool Bench::measureTagCounts()
{
    err() << "(e) tag counts" << Qt::endl;
    ContactStore store(*m_db);
    for (const auto& [kind, name] : {std::pair{TagKind::Tag, QStringLiteral("tags")},
                                     std::pair{TagKind::Label, QStringLiteral("labels")}}) {
        const bool ok =
            measure(QStringLiteral("(e) tag counts"), QStringLiteral("tagCounts(%1)").arg(name),
                    m_options.searchRuns, [&store, kind]() -> ApiResult<QString> {
                        auto result = store.tagCounts(kind);
                        if (!result)
                            return std::unexpected(result.error());
                        if (result->isEmpty())
                            return QStringLiteral("none");
                        return QStringLiteral("%1 names; top `%2` on %3")
                            .arg(result->size())
                            .arg(result->first().name, thousands(result->first().count));
                    });
        if (!ok)
            return false;
    }
    return true;
}

void Bench::recordSizes(const QString& when)
{
    const qint64 main = fileSize(m_path);
    const qint64 wal = fileSize(m_path + QStringLiteral("-wal"));
    const qint64 shm = fileSize(m_path + QStringLiteral("-shm"));
    m_load.add(
        QStringLiteral("Database size %1").arg(when),
        QStringLiteral("%1 MB (file %2 MB + wal %3 MB + shm %4 MB)")
            .arg(megabytes(main + wal + shm), megabytes(main), megabytes(wal), megabytes(shm)));
}

void Bench::printReport()
{
    QTextStream out(stdout);
    out << "## bench_store: " << thousands(m_total) << " contacts\n\n";
    out << "| Load | Value |\n|---|---|\n";
    for (const auto& [key, value] : m_load.rows)
        out << "| " << key << " | " << value << " |\n";
    out << "\n| Phase | Operation | Runs | Cold ms | p50 ms | p99 ms | Max ms | p50 CPU ms | "
           "Result "
           "|\n"
        << "|---|---|--:|--:|--:|--:|--:|--:|---|\n";
    for (const Timing& t : m_timings) {
        out << "| " << t.phase << " | " << t.operation << " | " << t.runs.size() << " | "
            << millis(t.cold) << " | " << millis(percentile(t.runs, 0.5)) << " | "
            << millis(percentile(t.runs, 0.99)) << " | "
            << millis(t.runs.isEmpty() ? 0 : t.runs.back()) << " | "
            << millis(percentile(t.cpu, 0.5)) << " | " << t.result << " |\n";
    }
    out.flush();
}

int Bench::run()
{
    if (m_options.dbPath.isEmpty()) {
        m_tempDir.emplace(QDir::tempPath() + QStringLiteral("/bench_store-XXXXXX"));
        if (!m_tempDir->isValid()) {
            err() << "bench_store: cannot make a temporary folder: " << m_tempDir->errorString()
                  << Qt::endl;
            return 1;
        }
        m_tempDir->setAutoRemove(!m_options.keep);
        m_path = m_tempDir->filePath(QStringLiteral("contacts.db"));
    } else if (DatabaseLocation::namesPostgresql(m_options.dbPath)) {
        // A PostgreSQL database: made by its administrator, filled or reused as it is.
        m_path = m_options.dbPath;
    } else {
        m_path = QFileInfo(m_options.dbPath).absoluteFilePath();
        const bool exists = QFileInfo::exists(m_path);
        if (exists && !m_options.reuse) {
            err() << "bench_store: " << m_path
                  << " exists; remove it, or pass --reuse to time its reads without inserting"
                  << Qt::endl;
            return 2;
        }
        if (!exists && m_options.reuse) {
            err() << "bench_store: --reuse needs an existing database at " << m_path << Qt::endl;
            return 2;
        }
    }
    m_created = !m_options.reuse;
    err() << "database: " << m_path << Qt::endl;
    m_load.add(QStringLiteral("Load average at the start (1/5/15 min)"), loadAverage());

    if (!openDatabase())
        return 1;
    {
        QSqlQuery version(m_db->connection());
        if (version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next())
            m_load.add(QStringLiteral("SQLite"), version.value(0).toString());
    }
    if (m_created) {
        if (!insert())
            return 1;
        recordSizes(QStringLiteral("after the insert"));
        // The reads start on a new connection: its page cache holds nothing of the insert.
        m_db.reset();
        if (!openDatabase())
            return 1;
    }
    {
        ContactStore store(*m_db);
        const auto total = store.count(ListQuery{});
        if (!total) {
            fail(QStringLiteral("count"), total.error());
            return 1;
        }
        m_total = *total;
    }

    if (!measureLists() || !measureSearches() || !measureCounts() || !measureTagCounts())
        return 1;

    err() << "(f) size and memory" << Qt::endl;
    recordSizes(QStringLiteral("at the end"));
    m_load.add(QStringLiteral("Load average at the end (1/5/15 min)"), loadAverage());
    m_load.add(QStringLiteral("Peak RSS (VmHWM)"), BenchMeasures::procStatusMb("VmHWM"));
    m_db.reset();
    printReport();

    if (m_options.keep || !m_created)
        err() << "kept: " << m_path << Qt::endl;
    else if (!m_tempDir) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_store"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loads N generated contacts into a fresh contacts database and times the store's "
        "reads. Progress on stderr, a markdown report on stdout."));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Contacts to insert (default 1000000)."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("Database file to create (default: a fresh file in a temporary folder). "
                       "It must not exist, unless --reuse is given."),
        QStringLiteral("PATH"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the database the run created."));
    const QCommandLineOption reuse(
        QStringLiteral("reuse"),
        QStringLiteral("Time the reads of the existing --db without inserting (and keep it)."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the contact generator."),
                                  QStringLiteral("S"), QStringLiteral("20240601"));
    const QCommandLineOption listRuns(QStringLiteral("list-runs"),
                                      QStringLiteral("Timed runs per list page (default 50)."),
                                      QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption searchRuns(
        QStringLiteral("search-runs"),
        QStringLiteral("Timed runs per search, count and tag count (default 30)."),
        QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption budget(
        QStringLiteral("budget"),
        QStringLiteral("Seconds one operation may take in all before its runs stop early "
                       "(after at least 5; default 20)."),
        QStringLiteral("SECONDS"), QStringLiteral("20"));
    const QCommandLineOption batch(
        QStringLiteral("batch"),
        QStringLiteral("Contacts per bulk transaction (default 1000, the API's limit; a file "
                       "import may use more)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({count, db, keep, reuse, seed, listRuns, searchRuns, budget, batch});
    parser.process(app);

    Options options;
    bool ok = true;
    auto number = [&](const QCommandLineOption& option, qint64 minimum) {
        bool valid = false;
        const qint64 value = parser.value(option).toLongLong(&valid);
        if (!valid || value < minimum) {
            err() << "bench_store: --" << option.names().first()
                  << " needs an integer >= " << minimum << Qt::endl;
            ok = false;
        }
        return value;
    };
    options.count = number(count, 1);
    options.seed = quint64(number(seed, 0));
    options.listRuns = int(number(listRuns, 1));
    options.searchRuns = int(number(searchRuns, 1));
    options.budgetSeconds = double(number(budget, 1));
    options.batch = int(number(batch, 1));
    options.dbPath = parser.value(db);
    options.keep = parser.isSet(keep);
    options.reuse = parser.isSet(reuse);
    if (options.reuse && options.dbPath.isEmpty()) {
        err() << "bench_store: --reuse needs --db" << Qt::endl;
        ok = false;
    }
    if (!ok)
        return 2;
    return Bench(options).run();
}
