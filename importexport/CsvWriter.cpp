#include "CsvWriter.h"

#include <QIODevice>

CsvWriter::CsvWriter(QIODevice* device, QChar delimiter) : m_device(device), m_delimiter(delimiter)
{}

bool CsvWriter::writeBom()
{
    return m_device->write("\xEF\xBB\xBF") == 3;
}

bool CsvWriter::writeRecord(const QStringList& fields)
{
    const QByteArray bytes = record(fields, m_delimiter);
    return m_device->write(bytes) == bytes.size();
}

QByteArray CsvWriter::record(const QStringList& fields, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += delimiter;
        const QString& field = fields.at(i);
        const bool quote =
            field.contains(delimiter) || field.contains(u'"') || field.contains(u'\n') ||
            field.contains(u'\r') ||
            (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
        if (quote) {
            QString escaped = field;
            escaped.replace(u'"', QLatin1String("\"\""));
            line += u'"' + escaped + u'"';
        } else {
            line += field;
        }
    }
    line += QLatin1String("\r\n");
    return line.toUtf8();
}
