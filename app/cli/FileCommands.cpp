#include "FileCommands.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "ContactDatabase.h"
#include "ContactExporter.h"
#include "ContactImporter.h"
#include "ContactStore.h"
#include "ListQueryReader.h"
#include "PhoneNumbers.h"
#include "QueryOption.h"
#include "TextEncoding.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

const QCommandLineOption
    regionOption(QStringLiteral("region"),
                 QStringLiteral("The region of numbers written without a country code, e.g. AE."),
                 QStringLiteral("code"));
const QCommandLineOption
    tagOption(QStringLiteral("tag"),
              QStringLiteral("A tag to add to every imported contact; repeatable."),
              QStringLiteral("tag"));
const QCommandLineOption updateOption(
    QStringLiteral("update-existing"),
    QStringLiteral("Merge rows into existing contacts with the same phone (fill empty fields, add "
                   "tags, labels and params) instead of skipping them."));
const QCommandLineOption optInOption(
    QStringLiteral("opt-in"),
    QStringLiteral("The file lists people who agreed to WhatsApp messages: opt in every contact it "
                   "creates (existing contacts keep theirs). The history names the file."));
const QCommandLineOption mapOption(
    QStringLiteral("map"),
    QStringLiteral("Map a column to a field (phone, name, firstName, middleName, lastName, email, "
                   "country, tags, labels, params, param:KEY, ignore); repeatable."),
    QStringLiteral("COLUMN=FIELD"));
const QCommandLineOption
    errorsOption(QStringLiteral("errors"),
                 QStringLiteral("Write the skipped rows to this CSV, with their error and line."),
                 QStringLiteral("file"));
const QCommandLineOption encodingOption(
    QStringLiteral("encoding"),
    QStringLiteral("The file's encoding (default: detected), e.g. UTF-8, windows-1252, UTF-16LE."),
    QStringLiteral("name"));
const QCommandLineOption
    delimiterOption(QStringLiteral("delimiter"),
                    QStringLiteral("The delimiter: , ; | or tab (default: detected)."),
                    QStringLiteral("char"));
const QCommandLineOption dryRunOption(
    QStringLiteral("dry-run"),
    QStringLiteral("Read the whole file and print what the import would do (counts of new, "
                   "would-update, unchanged, existing, duplicate-in-file and invalid rows, and "
                   "the first errors), writing nothing."));
const QCommandLineOption batchOption(QStringLiteral("batch-size"),
                                     QStringLiteral("Rows per transaction (default 2000)."),
                                     QStringLiteral("n"));

const QCommandLineOption formatOption(
    QStringLiteral("format"),
    QStringLiteral("csv or vcard (default: vcard for a .vcf or .vcard file; for an import, else "
                   "what the file holds)."),
    QStringLiteral("format"));

/// The format `--format` names, else the one a file's extension says (`.vcf`): vCard, or
/// nothing when neither says.
std::expected<std::optional<bool>, QString> asksForVCard(const QCommandLineParser& options,
                                                         const QString& path)
{
    if (options.isSet(formatOption)) {
        const QString format = options.value(formatOption).toLower();
        if (format == QLatin1String("vcard") || format == QLatin1String("vcf"))
            return true;
        if (format == QLatin1String("csv"))
            return false;
        return std::unexpected(QStringLiteral("--format expects csv or vcard, not '%1'")
                                   .arg(options.value(formatOption)));
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return true;
    return std::nullopt;
}

const QCommandLineOption idOption(QStringLiteral("id"),
                                  QStringLiteral("Export this contact (a selection); repeatable."),
                                  QStringLiteral("id"));
const QCommandLineOption historyOption(
    QStringLiteral("history"),
    QStringLiteral("Write those contacts' opt-in and block history instead, a row per change: "
                   "when, by whom, how (an audit). Prints the rows written as exported."));
const QCommandLineOption
    noBomOption(QStringLiteral("no-bom"),
                QStringLiteral("Leave out the UTF-8 byte order mark Excel needs."));

/// The list request's parameters an export takes; it reads naturally oldest first, unlike
/// the list's newest page.
constexpr std::array exportQueryOptions{
    ListQueryOptions::search,
    ListQueryOptions::tag,
    ListQueryOptions::label,
    ListQueryOptions::sortBy,
    QueryOption{"sort-order", "sortOrder", "order", "asc (default) or desc.", false, "asc"},
};

/// What `import` was asked to do, checked before the store opens.
struct ImportRequest {
    QString path;
    /// The file, open: it may be a FIFO or standard input (/dev/stdin), read only once.
    std::unique_ptr<QFile> input;
    QString errorsPath;
    ImportOptions options;
};

std::expected<QChar, QString> delimiter(const QString& text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return QChar(u'\t');
    if (text.size() == 1 && QStringView(u",;|").contains(text.front()))
        return text.front();
    return std::unexpected(
        QStringLiteral("--delimiter expects one of , ; | tab, not '%1'").arg(text));
}

/// The file `path` open for reading, whatever kind it is, or why not.
std::expected<std::unique_ptr<QFile>, QString> openInput(const QString& path)
{
    const auto cannotRead = [&path](const QString& reason) {
        return std::unexpected(QStringLiteral("cannot read %1: %2").arg(path, reason));
    };
    const QFileInfo info(path);
    if (!info.exists())
        return cannotRead(QStringLiteral("no such file"));
    // QFile opens a directory without complaint on Linux and then reads nothing.
    if (info.isDir())
        return cannotRead(QStringLiteral("it is a directory"));
    // A FIFO's open waits for its writer, as `cat` does.
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return cannotRead(file->errorString());
    return file;
}

/// The column mapping the file's header gives, changed by each `--map COLUMN=FIELD`. The
/// header is read inside a transaction of `input`, so that the import reads it again even
/// from a pipe.
std::expected<ColumnMapping, QString> mapping(QIODevice& input, const ImportOptions& options,
                                              const QStringList& pairs)
{
    input.startTransaction();
    const ImportPreview preview =
        ContactImporter::preview(input, options.format, 0, options.region);
    input.rollbackTransaction();
    ColumnMapping mapping = preview.mapping;
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        if (equals <= 0)
            return std::unexpected(
                QStringLiteral("--map expects COLUMN=FIELD, not '%1'").arg(pair));
        if (auto set = mapping.setField(pair.left(equals), pair.mid(equals + 1)); !set)
            return std::unexpected(QStringLiteral("--map %1: %2").arg(pair, set.error()));
    }
    return mapping;
}

std::expected<ImportRequest, QString> importRequest(const CliSession& session)
{
    const QCommandLineParser& options = session.options();
    ImportRequest request;
    request.path = session.argument(0);
    ImportOptions& import = request.options;
    if (options.isSet(regionOption)) {
        import.region = options.value(regionOption).toUpper();
        if (!PhoneNumbers::isKnownRegion(import.region))
            return std::unexpected(
                QStringLiteral("--region expects a two-letter region such as AE, not '%1'")
                    .arg(options.value(regionOption)));
    }
    import.tags = options.values(tagOption);
    import.updateExisting = options.isSet(updateOption);
    import.optIn = options.isSet(optInOption);
    import.dryRun = options.isSet(dryRunOption);
    const auto vcard = asksForVCard(options, request.path);
    if (!vcard)
        return std::unexpected(vcard.error());
    if (*vcard)
        import.kind = **vcard ? ImportFileKind::VCard : ImportFileKind::Csv;
    request.errorsPath = options.value(errorsOption);
    if (options.isSet(encodingOption)) {
        import.format.encoding = options.value(encodingOption);
        if (!TextEncoding::isSupported(import.format.encoding))
            return std::unexpected(
                QStringLiteral("unknown encoding '%1'").arg(import.format.encoding));
    }
    if (options.isSet(delimiterOption)) {
        const auto chosen = delimiter(options.value(delimiterOption));
        if (!chosen)
            return std::unexpected(chosen.error());
        import.format.delimiter = *chosen;
    }
    if (options.isSet(batchOption)) {
        bool ok = false;
        import.batchSize = options.value(batchOption).toInt(&ok);
        if (!ok || import.batchSize < 1)
            return std::unexpected(QStringLiteral("--batch-size expects a positive number"));
    }
    // Last of the checks: opening a FIFO waits for its writer.
    auto input = openInput(request.path);
    if (!input)
        return std::unexpected(input.error());
    request.input = std::move(*input);
    if (options.isSet(mapOption)) {
        auto mapped = mapping(*request.input, import, options.values(mapOption));
        if (!mapped)
            return std::unexpected(mapped.error());
        import.mapping = *mapped;
    }
    return request;
}

/// `verb` is what the import does: `importing`, or `checking` in a dry run.
void printProgress(const ContactImporter::Progress& progress, const QString& verb)
{
    // A stream (a pipe, standard input) has no size to count down from.
    if (progress.totalBytes <= 0) {
        CliOutput::printProgress(QStringLiteral("\r%1: %2 rows, %3 read   ")
                                     .arg(verb)
                                     .arg(progress.rowsDone)
                                     .arg(QLocale::c().formattedDataSize(progress.bytesRead)));
        return;
    }
    const qint64 estimate = progress.estimatedRows();
    const int percent = int(100 * progress.bytesRead / progress.totalBytes);
    CliOutput::printProgress(QStringLiteral("\r%1: %2 of about %3 rows (%4%)   ")
                                 .arg(verb)
                                 .arg(progress.rowsDone)
                                 .arg(std::max(estimate, progress.rowsDone))
                                 .arg(percent));
}

CliResult runImport(ContactStore& store, const ImportRequest& request)
{
    ContactImporter importer(store);
    const bool terminal = isatty(fileno(stderr));
    if (terminal)
        importer.setProgressCallback(
            [verb =
                 request.options.dryRun ? QStringLiteral("checking") : QStringLiteral("importing")](
                const ContactImporter::Progress& progress) { printProgress(progress, verb); });
    auto report = importer.run(*request.input, request.path, request.options);
    if (terminal)
        CliOutput::printProgress(QStringLiteral("\n"));
    if (!report)
        return std::unexpected(ApiError::badRequest(report.error()));
    if (!request.errorsPath.isEmpty()) {
        if (auto saved = report->saveErrors(request.errorsPath); !saved)
            CliOutput::printError(saved.error());
    }
    if (report->failure) {
        ApiError error = *report->failure;
        const QString committed =
            report->committedThroughLine == 0
                ? QStringLiteral("(nothing was committed)")
                : QStringLiteral("(the rows up to line %1 were committed: %2 imported, %3 "
                                 "updated, %4 skipped)")
                      .arg(report->committedThroughLine)
                      .arg(report->imported)
                      .arg(report->updated)
                      .arg(report->skipped);
        // A full disk is the user's to fix; what was committed tells where to resume.
        if (error.storageFault)
            return std::unexpected(error.storageFault->describe(store.database().displayName()) +
                                   u' ' + committed);
        error.detail += u' ' + committed;
        return std::unexpected(error);
    }
    return ContactJson::success(report->toJson());
}

} // namespace

QList<QCommandLineOption> FileCommands::importOptions()
{
    return {regionOption,   tagOption,       updateOption, optInOption,  mapOption,   errorsOption,
            encodingOption, delimiterOption, batchOption,  dryRunOption, formatOption};
}

CliResult FileCommands::importCsv(CliSession& session)
{
    const std::expected<ImportRequest, QString> request = importRequest(session);
    if (!request)
        return std::unexpected(request.error());
    return session.withStore([&](ContactStore& store) { return runImport(store, *request); });
}

QList<QCommandLineOption> FileCommands::exportOptions()
{
    return QueryOption::commandLineOptions(exportQueryOptions) +
           QList{idOption, historyOption, noBomOption, formatOption};
}

CliResult FileCommands::exportCsv(CliSession& session)
{
    const QString path = session.argument(0);
    const QUrlQuery parameters = QueryOption::query(session.options(), exportQueryOptions);
    ExportOptions options;
    options.contactIds = session.options().values(idOption);
    options.bom = !session.options().isSet(noBomOption);
    const auto vcard = asksForVCard(session.options(), path);
    if (!vcard)
        return std::unexpected(vcard.error());
    options.format = vcard->value_or(false) ? ExportFormat::VCard : ExportFormat::Csv;
    if (session.options().isSet(historyOption)) {
        if (options.format == ExportFormat::VCard)
            return std::unexpected(QStringLiteral("--history writes CSV, not vCard"));
        options.format = ExportFormat::FlagHistoryCsv;
    }
    return session.withStore([&](ContactStore& store) -> CliResult {
        // Through the list request's own parsing, so that a bad value fails as `list` does.
        const ApiResult<ListQuery> query = ListQueryReader::read(parameters);
        if (!query)
            return std::unexpected(query.error());
        options.query = *query;
        const auto exported = ContactExporter(store).run(path, options);
        if (!exported)
            return std::unexpected(ApiError::internal(exported.error()));
        return ContactJson::success(
            QJsonObject{{QStringLiteral("exported"), *exported}, {QStringLiteral("file"), path}});
    });
}
