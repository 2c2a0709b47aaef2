#include "CsvBody.h"

#include <QJsonObject>
#include <QStringDecoder>
#include <QStringList>

namespace {

const QString invalidCsv = QStringLiteral("Invalid CSV body");

// Splits RFC 4180 text into rows of cells; nothing when a quoted cell never ends.
std::optional<QList<QStringList>> parseRows(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool rowHasContent = false;
    const auto endCell = [&] {
        row.append(cell);
        cell.clear();
    };
    const auto endRow = [&] {
        endCell();
        if (rowHasContent || row.size() > 1 || !row.first().isEmpty())
            rows.append(row);
        row.clear();
        rowHasContent = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            rowHasContent = true;
        } else if (c == u',') {
            endCell();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // the \n ends the row
        } else if (c == u'\n' || c == u'\r') {
            endRow();
        } else {
            cell += c;
        }
    }
    if (quoted)
        return std::nullopt;
    if (!cell.isEmpty() || !row.isEmpty() || rowHasContent)
        endRow();
    return rows;
}

QJsonArray splitList(const QString& cell)
{
    QJsonArray values;
    for (const QString& value : cell.split(u',')) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty())
            values.append(trimmed);
    }
    return values;
}

} // namespace

ApiResult<QJsonArray> CsvBody::items(const QByteArray& body)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(body);
    if (decoder.hasError())
        return std::unexpected(ApiError::badRequest(invalidCsv));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const auto rows = parseRows(text);
    if (!rows)
        return std::unexpected(ApiError::badRequest(invalidCsv));
    if (rows->isEmpty())
        return QJsonArray{};
    if (rows->size() - 1 > 1000)
        return std::unexpected(ApiError::tooManyContacts());
    QStringList header = rows->first();
    for (QString& name : header)
        name = name.trimmed();
    QJsonArray items;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const QStringList& cells = rows->at(r);
        QJsonObject item;
        for (qsizetype c = 0; c < std::min(cells.size(), header.size()); ++c) {
            const QString& key = header.at(c);
            const QString& cell = cells.at(c);
            if (key.isEmpty() || cell.isEmpty())
                continue;
            if (key == QLatin1String("tags") || key == QLatin1String("labels"))
                item.insert(key, splitList(cell));
            else
                item.insert(key, cell);
        }
        items.append(item);
    }
    return items;
}
