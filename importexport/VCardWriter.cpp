#include "VCardWriter.h"

#include "PhoneNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString escapedList(const QStringList& items)
{
    QStringList escaped;
    escaped.reserve(items.size());
    for (const QString& item : items)
        escaped.append(VCardWriter::escaped(item));
    return escaped.join(u',');
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QString VCardWriter::escaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u',':
            out += QLatin1String("\\,");
            break;
        case u';':
            out += QLatin1String("\\;");
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += QLatin1String("\\n");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray VCardWriter::folded(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 74 * 3 + 2);
    qsizetype start = 0;
    qsizetype room = 75; // a continuation line's leading space takes one octet
    while (bytes.size() - start > room) {
        qsizetype end = start + room;
        // Back to the first octet of the sequence the limit falls in (10xxxxxx continue one).
        while ((uchar(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        out.append(bytes.constData() + start, end - start);
        out.append("\r\n ");
        start = end;
        room = 74;
    }
    out.append(bytes.constData() + start, bytes.size() - start);
    out.append("\r\n");
    return out;
}

QString VCardWriter::paramsNote(const QJsonObject& params)
{
    QStringList lines;
    for (auto it = params.begin(); it != params.end(); ++it) {
        QString value;
        if (it.value().isString()) {
            value = it.value().toString();
        } else {
            // A number, a boolean, null, an object or an array as JSON: `[12]` without `[]`.
            const QByteArray json =
                QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
            value = QString::fromUtf8(json.mid(1, json.size() - 2));
        }
        lines.append(it.key() + QLatin1String(": ") + value);
    }
    return lines.join(u'\n');
}

QByteArray VCardWriter::card(const Contact& contact)
{
    const QString phone = PhoneNumbers::formatInternational(contact.phone);
    const QString name = contact.name.value_or(QString());
    QByteArray out = "BEGIN:VCARD\r\nVERSION:3.0\r\n";
    const auto add = [&out](const char* property, const QString& value) {
        out += folded(QLatin1String(property) + u':' + value);
    };
    add("FN", escaped(name.isEmpty() ? phone : name));
    add("N", u';' + escaped(name) + QLatin1String(";;;"));
    add("TEL;TYPE=CELL", phone);
    if (contact.email && !contact.email->isEmpty())
        add("EMAIL;TYPE=INTERNET", escaped(*contact.email));
    if (!contact.tags.isEmpty())
        add("CATEGORIES", escapedList(contact.tags));
    if (!contact.params.isEmpty())
        add("NOTE", escaped(paramsNote(contact.params)));
    if (contact.countryCode && !contact.countryCode->isEmpty())
        add("X-CONTACTS-COUNTRY", escaped(*contact.countryCode));
    if (!contact.labels.isEmpty())
        add("X-CONTACTS-LABELS", escapedList(contact.labels));
    if (!contact.params.isEmpty()) {
        add("X-CONTACTS-PARAMS",
            escaped(
                QString::fromUtf8(QJsonDocument(contact.params).toJson(QJsonDocument::Compact))));
    }
    add("X-CONTACTS-OPTED-IN", boolean(contact.optedIn));
    add("X-CONTACTS-BLOCKED", boolean(contact.isBlocked));
    if (!contact.id.isEmpty())
        add("UID", escaped(contact.id));
    if (contact.updatedAt.isValid())
        add("REV", contact.updatedAt.toUTC().toString(Qt::ISODate));
    out += "END:VCARD\r\n";
    return out;
}
