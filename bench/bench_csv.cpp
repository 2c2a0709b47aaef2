// bench_csv: a generated CSV (or, with `--format vcard`, a vCard file) of N contacts checked
// with a dry run against the empty store, imported into it through ContactImporter, then
// exported again through ContactExporter; wall time, rows/s and the peak resident memory
// (VmHWM) of each phase. `--phase dryrun|import|export|floor` runs one phase in its own
// process, for `/usr/bin/time -v`; `floor` is SQLite alone loading the same rows (see
// StorageFloor), the baseline the import is measured against. Results to stdout as markdown;
// nothing asserts on a time (`--count 2000` is the smoke run).

#include "BenchMeasures.h"
#include "ContactDatabase.h"
#include "ContactExporter.h"
#include "ContactGenerator.h"
#include "ContactImporter.h"
#include "ContactStore.h"
#include "CsvWriter.h"
#include "DuplicateFinder.h"
#include "OperationUndo.h"
#include "Operations.h"
#include "SqlRow.h"
#include "StorageFloor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <chrono>
#include <cstdio>

namespace {

using BenchMeasures::Clock;
using BenchMeasures::err;
using BenchMeasures::procStatusKb;
using BenchMeasures::thousands;

double secondsSince(Clock::time_point start)
{
    return BenchMeasures::msSince(start) / 1000.0;
}

QString joined(const QJsonArray& array)
{
    QStringList out;
    for (const QJsonValue& value : array)
        out.append(value.toString());
    return out.join(QLatin1String(" ::: "));
}

/// The generator's bodies as a CSV a CRM might write: its own column names, phones as the
/// generator writes them (spaces, `00`), params as columns of their own.
bool writeCsv(const QString& path, qint64 count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QStringList paramKeys = {"plan",          "orderCount",          "newsletter",
                                   "lifetimeValue", "shopify_customer_id", "referrer"};
    CsvWriter writer(&file);
    writer.writeRecord(QStringList{"Name", "Phone", "Email", "Country", "Tags", "Labels"} +
                       paramKeys);
    ContactGenerator generator(7);
    QByteArray chunk;
    for (qint64 i = 0; i < count; ++i) {
        const QJsonObject body = generator.next();
        QStringList record{
            body.value("userName").toString(),    body.value("userNumber").toString(),
            body.value("email").toString(),       body.value("countryCode").toString(),
            joined(body.value("tags").toArray()), joined(body.value("labels").toArray())};
        const QJsonObject params = body.value("params").toObject();
        for (const QString& key : paramKeys) {
            const QJsonValue value = params.value(key);
            record.append(value.isBool()     ? QString(value.toBool() ? "true" : "false")
                          : value.isDouble() ? QString::number(value.toDouble())
                                             : value.toString());
        }
        chunk += CsvWriter::record(record);
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

/// The generator's bodies as the cards a phone exports: vCard 3.0 as iPhone writes it (N and
/// FN, the mobile as `item1.TEL` with its `X-ABLabel`, CRLF), tags as CATEGORIES, params in a
/// NOTE, and a folded base64 photo of 24 KB on every 50th card, which the import skips.
bool writeVCards(const QString& path, qint64 count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray photo = "PHOTO;ENCODING=b;TYPE=JPEG:";
    const QByteArray base64 = QByteArray(18 * 1024, '\x5a').toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 74)
        photo += (i == 0 ? QByteArray() : QByteArray(" ")) + base64.mid(i, 74) + "\r\n";
    const auto escaped = [](QString text) {
        return text.replace(u'\\', QLatin1String("\\\\"))
            .replace(u',', QLatin1String("\\,"))
            .replace(u';', QLatin1String("\\;"))
            .replace(u'\n', QLatin1String("\\n"))
            .toUtf8();
    };
    ContactGenerator generator(7);
    QByteArray chunk;
    for (qint64 i = 0; i < count; ++i) {
        const QJsonObject body = generator.next();
        const QString name = body.value("userName").toString();
        chunk += "BEGIN:VCARD\r\nVERSION:3.0\r\n";
        if (!name.isEmpty())
            chunk += "N:;" + escaped(name) + ";;;\r\nFN:" + escaped(name) + "\r\n";
        chunk += "item1.TEL;type=CELL;type=VOICE;type=pref:" +
                 body.value("userNumber").toString().toUtf8() +
                 "\r\nitem1.X-ABLabel:_$!<Mobile>!$_\r\n";
        if (const QString email = body.value("email").toString(); !email.isEmpty())
            chunk += "EMAIL;type=INTERNET;type=HOME;type=pref:" + escaped(email) + "\r\n";
        QStringList tags;
        for (const QJsonValue& tag : body.value("tags").toArray())
            tags.append(QString::fromUtf8(escaped(tag.toString())));
        if (!tags.isEmpty())
            chunk += "CATEGORIES:" + tags.join(u',').toUtf8() + "\r\n";
        const QJsonObject params = body.value("params").toObject();
        if (!params.isEmpty())
            chunk +=
                "NOTE:" +
                escaped(QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact))) +
                "\r\n";
        if (i % 50 == 0)
            chunk += photo;
        chunk += "END:VCARD\r\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

/// Imports `path` into `dbPath` (a dry run when `dryRun`) and prints the phase's row.
int runImport(const QString& path, const QString& dbPath, bool dryRun, int batchSize, bool optIn,
              QTextStream& out)
{
    auto db = ContactDatabase::open(dbPath);
    if (!db) {
        err() << "cannot open " << dbPath << ": " << db.error().detail << "\n";
        return 1;
    }
    ContactStore store(**db);
    ContactImporter importer(store);
    importer.setProgressCallback([dryRun](const ContactImporter::Progress& progress) {
        err() << (dryRun ? "\rchecked " : "\rimported ") << thousands(progress.rowsDone) << " rows";
        err().flush();
    });
    ImportOptions options;
    options.dryRun = dryRun;
    options.optIn = optIn; // every contact's opt-in recorded in the history too
    if (batchSize > 0)
        options.batchSize = batchSize;
    const qint64 before = procStatusKb("VmHWM");
    const auto start = Clock::now();
    const double writerCpuBefore = BenchMeasures::threadCpuMs();
    const double cpuBefore = BenchMeasures::processCpuSeconds();
    const auto report = importer.run(path, options);
    const double seconds = secondsSince(start);
    // CPU times change little when other processes take the cores, unlike the wall clock:
    // this thread writes (the critical path), the pool reads and prepares.
    const double writerCpu = (BenchMeasures::threadCpuMs() - writerCpuBefore) / 1000.0;
    const double cpu = BenchMeasures::processCpuSeconds() - cpuBefore;
    err() << "\n";
    if (!report) {
        err() << "import failed: " << report.error() << "\n";
        return 1;
    }
    err() << (dryRun ? "would import " : "imported ") << report->imported << ", skipped "
          << report->skipped << "\n";
    for (const ImportReport::Error& error : report->errors.mid(0, 5))
        err() << "  line " << error.line << ": " << error.message << "\n";
    err().flush();
    out << "| " << (dryRun ? "dry run" : "import") << (optIn ? ", --opt-in" : "") << " (batch "
        << thousands(options.batchSize) << ") | " << thousands(report->rowsRead) << " | "
        << QString::number(seconds, 'f', 1) << " s | "
        << thousands(qint64(double(report->rowsRead) / seconds)) << " | "
        << thousands(procStatusKb("VmHWM") / 1024) << " MB (" << thousands(before / 1024)
        << " MB before); CPU " << QString::number(cpu, 'f', 1) << " s, writing thread "
        << QString::number(writerCpu, 'f', 1) << " s |\n";
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CSV import and export at scale."));
    parser.addHelpOption();
    parser.addOption(
        {"count", "Contacts in the generated file (default 1000000).", "n", "1000000"});
    parser.addOption({"batch", "Import batch size (default: ImportOptions').", "n"});
    parser.addOption(
        {"dir", "Where the CSV and the database go (default: a temporary folder).", "path"});
    parser.addOption(
        {"phase",
         "all (default), generate, dryrun, import, export, floor, undo (of the import), or "
         "duplicates (of the imported contacts).",
         "phase", "all"});
    parser.addOption({"format", "csv (default) or vcard: the generated file's.", "format", "csv"});
    parser.addOption(
        {"opt-in", "Import with --opt-in: every contact opted in, a history row each."});
    parser.process(app);

    const qint64 count = parser.value("count").toLongLong();
    const QString phase = parser.value("phase");
    QTemporaryDir temporary;
    const QString dir = parser.isSet("dir") ? parser.value("dir") : temporary.path();
    QDir().mkpath(dir);
    const bool vcard = parser.value("format") == QLatin1String("vcard");
    const QString csvPath = QDir(dir).filePath(vcard ? "contacts.vcf" : "contacts.csv");
    const QString dbPath = QDir(dir).filePath("contacts.db");
    const QString exportPath = QDir(dir).filePath("export.csv");
    QTextStream out(stdout);
    out << "| phase | rows | wall | rows/s | peak RSS |\n|---|---:|---:|---:|---:|\n";
    out.flush();

    if (phase == "all" || phase == "generate") {
        err() << "generating " << thousands(count) << " rows...\n";
        err().flush();
        const auto start = Clock::now();
        if (!(vcard ? writeVCards(csvPath, count) : writeCsv(csvPath, count))) {
            err() << "cannot write " << csvPath << "\n";
            return 1;
        }
        err() << "generated " << QFileInfo(csvPath).size() / (1024 * 1024) << " MB in "
              << secondsSince(start) << " s\n";
        err().flush();
    }

    const int batchSize = parser.isSet("batch") ? parser.value("batch").toInt() : 0;
    const bool optIn = parser.isSet("opt-in");
    // The dry run against the empty store, as before a first import: every row is new.
    if (phase == "all" || phase == "dryrun") {
        QFile::remove(dbPath);
        if (const int failed = runImport(csvPath, dbPath, true, batchSize, optIn, out))
            return failed;
    }
    if (phase == "all" || phase == "import") {
        QFile::remove(dbPath);
        if (const int failed = runImport(csvPath, dbPath, false, batchSize, optIn, out))
            return failed;
    }

    if (phase == "all" || phase == "export") {
        auto db = ContactDatabase::open(dbPath);
        if (!db) {
            err() << "cannot open " << dbPath << ": " << db.error().detail << "\n";
            return 1;
        }
        ContactStore store(**db);
        ContactExporter exporter(store);
        const auto start = Clock::now();
        const auto exported = exporter.run(exportPath, ExportOptions{});
        const double seconds = secondsSince(start);
        if (!exported) {
            err() << "export failed: " << exported.error() << "\n";
            return 1;
        }
        out << "| export | " << thousands(*exported) << " | " << QString::number(seconds, 'f', 1)
            << " s | " << thousands(qint64(double(*exported) / seconds)) << " | "
            << thousands(procStatusKb("VmHWM") / 1024) << " MB (whole process) |\n";
        out.flush();
    }

    // The undo of the import (OperationUndo): its new contacts deleted, and kept whole in the
    // undo's own operation so that it can be undone in turn.
    if (phase == "undo") {
        auto db = ContactDatabase::open(dbPath);
        if (!db) {
            err() << "cannot open " << dbPath << ": " << db.error().detail << "\n";
            return 1;
        }
        const Organization organization = (*db)->defaultOrganization();
        auto latest = Operations(**db, organization.rowId).latest(1);
        if (!latest || latest->isEmpty() || latest->first().kind != Operation::Kind::Import) {
            err() << "the database's last operation is not an import\n";
            return 1;
        }
        OperationUndo undo(**db, organization);
        undo.setProgress([](qint64 done, qint64 total) {
            err() << "\rundone " << thousands(done) << " of " << thousands(total);
            err().flush();
        });
        const qint64 before = procStatusKb("VmHWM");
        const auto start = Clock::now();
        const double cpuBefore = BenchMeasures::processCpuSeconds();
        const auto report = undo.undo(latest->first().id);
        const double seconds = secondsSince(start);
        err() << "\n";
        if (!report) {
            err() << "undo failed: " << report.error().message << " " << report.error().detail
                  << "\n";
            return 1;
        }
        out << "| undo of the import | " << thousands(report->reverted) << " | "
            << QString::number(seconds, 'f', 1) << " s | "
            << thousands(qint64(double(report->reverted) / seconds)) << " | "
            << thousands(procStatusKb("VmHWM") / 1024) << " MB (" << thousands(before / 1024)
            << " MB before); CPU "
            << QString::number(BenchMeasures::processCpuSeconds() - cpuBefore, 'f', 1) << " s |\n";
        out.flush();
    }

    // Finding duplicates (DuplicateFinder) among the imported contacts, against the same
    // columns read alone: what the scan costs over the database's own floor.
    if (phase == "duplicates") {
        auto db = ContactDatabase::open(dbPath);
        if (!db) {
            err() << "cannot open " << dbPath << ": " << db.error().detail << "\n";
            return 1;
        }
        const Organization organization = (*db)->defaultOrganization();
        const auto readStart = Clock::now();
        qint64 read = 0;
        auto scanned = (*db)->forEachRow(
            QStringLiteral("SELECT id, phone, name_key, email, country_code FROM contacts"
                           " WHERE org_id = ? ORDER BY id"),
            {organization.rowId}, [&read](const SqlRow& row) {
                read += row.text(1).size() > 0 ? 1 : 0;
                return true;
            });
        const double readSeconds = secondsSince(readStart);
        if (!scanned) {
            err() << "scan failed: " << scanned.error().detail << "\n";
            return 1;
        }
        out << "| read the columns alone | " << thousands(read) << " | "
            << QString::number(readSeconds, 'f', 1) << " s | "
            << thousands(qint64(double(read) / readSeconds)) << " | |\n";
        DuplicateFinder finder(**db, organization);
        const qint64 before = procStatusKb("VmHWM");
        const auto start = Clock::now();
        const double cpuBefore = BenchMeasures::processCpuSeconds();
        const auto groups = finder.find();
        const double seconds = secondsSince(start);
        if (!groups) {
            err() << "finding failed: " << groups.error().message << "\n";
            return 1;
        }
        qint64 grouped = 0;
        QHash<QString, qint64> byReason;
        for (const DuplicateGroup& group : *groups) {
            grouped += group.rowIds.size();
            for (const QString& reason : group.reasons)
                ++byReason[reason];
        }
        out << "| find duplicates | " << thousands(read) << " | "
            << QString::number(seconds, 'f', 1) << " s | "
            << thousands(qint64(double(read) / seconds)) << " | "
            << thousands(procStatusKb("VmHWM") / 1024) << " MB (" << thousands(before / 1024)
            << " MB after the read alone); CPU "
            << QString::number(BenchMeasures::processCpuSeconds() - cpuBefore, 'f', 1) << " s; "
            << thousands(groups->size()) << " groups of " << thousands(grouped)
            << " contacts (email " << thousands(byReason.value("email")) << ", name "
            << thousands(byReason.value("name")) << ", phone " << thousands(byReason.value("phone"))
            << ") |\n";
        out.flush();
    }

    // Last: its rows in memory would count in the peak of the phases after it.
    if (phase == "all" || phase == "floor") {
        err() << "preparing the floor's rows...\n";
        err().flush();
        const QList<StorageFloor::Row> rows = StorageFloor::generatedRows(count);
        QString error;
        const double cpuBefore = BenchMeasures::threadCpuMs();
        const double seconds = StorageFloor::load(QDir(dir).filePath("floor.db"), rows, &error);
        const double cpuSeconds = (BenchMeasures::threadCpuMs() - cpuBefore) / 1000.0;
        if (seconds < 0) {
            err() << "floor failed: " << error << "\n";
            return 1;
        }
        out << "| storage floor (SQLite alone, one transaction) | " << thousands(rows.size())
            << " | " << QString::number(seconds, 'f', 1) << " s | "
            << thousands(qint64(double(rows.size()) / seconds)) << " | CPU "
            << QString::number(cpuSeconds, 'f', 1) << " s |\n";
        out.flush();
    }
    return 0;
}
