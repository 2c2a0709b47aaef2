#include "ImportReport.h"

#include "CsvWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QTemporaryFile>

ImportReport::ImportReport() = default;

bool ImportReport::startErrorFile(const QStringList& header, int maxErrorsKept)
{
    m_maxErrorsKept = maxErrorsKept;
    m_columns = header.size();
    m_errorFile = std::make_shared<QTemporaryFile>();
    if (!m_errorFile->open())
        return false;
    CsvWriter writer(m_errorFile.get());
    return writer.writeBom() && writer.writeRecord(header + QStringList{QStringLiteral("error"),
                                                                        QStringLiteral("line")});
}

void ImportReport::addError(qint64 index, qint64 line, const QString& phone, const QString& message,
                            const QStringList& fields)
{
    ++skipped;
    if (errors.size() < m_maxErrorsKept)
        errors.append(Error{index, line, phone, message});
    if (m_errorFile) {
        // The original columns, padded or cut to the header's, then the error and line.
        QStringList record = fields.mid(0, m_columns);
        while (record.size() < m_columns)
            record.append(QString());
        record << message << QString::number(line);
        m_errorFile->write(CsvWriter::record(record));
    }
}

std::expected<void, QString> ImportReport::saveErrors(const QString& path) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return std::unexpected(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    if (m_errorFile) {
        m_errorFile->flush();
        QFile in(m_errorFile->fileName());
        if (!in.open(QIODevice::ReadOnly))
            return std::unexpected(
                QStringLiteral("cannot read the error rows: %1").arg(in.errorString()));
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 16);
            if (out.write(chunk) != chunk.size())
                return std::unexpected(
                    QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
        }
    }
    if (!out.commit())
        return std::unexpected(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray list;
    for (const Error& error : errors) {
        list.append(QJsonObject{
            {QStringLiteral("index"), error.index},
            {QStringLiteral("line"), error.line},
            {QStringLiteral("phone"), error.phone.isEmpty() ? QJsonValue() : error.phone},
            {QStringLiteral("error"), error.message}});
    }
    QJsonObject out{{QStringLiteral("imported"), imported},
                    {QStringLiteral("updated"), updated},
                    {QStringLiteral("skipped"), skipped},
                    {QStringLiteral("errors"), list}};
    if (unchanged > 0 || dryRun)
        out.insert(QStringLiteral("unchanged"), unchanged);
    if (dryRun) {
        out.insert(QStringLiteral("dryRun"), true);
        out.insert(QStringLiteral("new"), imported);
        out.insert(QStringLiteral("wouldUpdate"), updated);
        out.insert(QStringLiteral("existing"), existing);
        out.insert(QStringLiteral("duplicateInFile"), duplicateInFile);
        out.insert(QStringLiteral("invalid"), invalid);
    }
    if (skipped > errors.size())
        out.insert(QStringLiteral("errorsOmitted"), skipped - errors.size());
    if (cancelled || failure) {
        out.insert(QStringLiteral("cancelled"), cancelled);
        out.insert(QStringLiteral("committedThroughLine"), committedThroughLine);
    }
    if (operationId)
        out.insert(QStringLiteral("operation"), *operationId);
    return out;
}
