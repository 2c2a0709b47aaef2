#include "OrderedJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace {

void writeString(QByteArray& out, QStringView text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void writeNumber(QByteArray& out, double number)
{
    // Whole numbers print without a fraction, as JavaScript (and Qt) print them.
    if (std::trunc(number) == number && std::fabs(number) < 9007199254740992.0)
        out += QByteArray::number(qint64(number));
    else
        out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

class Writer {
public:
    Writer(const OrderedJson::KeyRank& rank, bool indented) : m_rank(rank), m_indented(indented) {}

    void write(const QJsonValue& value, int depth)
    {
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            m_out += "null";
            break;
        case QJsonValue::Bool:
            m_out += value.toBool() ? "true" : "false";
            break;
        case QJsonValue::Double:
            writeNumber(m_out, value.toDouble());
            break;
        case QJsonValue::String:
            writeString(m_out, value.toString());
            break;
        case QJsonValue::Array:
            writeArray(value.toArray(), depth);
            break;
        case QJsonValue::Object:
            writeObject(value.toObject(), depth);
            break;
        }
    }

    QByteArray take() { return std::move(m_out); }

private:
    void newLine(int depth)
    {
        if (m_indented) {
            m_out += '\n';
            m_out += QByteArray(depth * 4, ' ');
        }
    }

    void writeArray(const QJsonArray& array, int depth)
    {
        if (array.isEmpty()) {
            m_out += "[]";
            return;
        }
        m_out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                m_out += ',';
            newLine(depth + 1);
            write(array.at(i), depth + 1);
        }
        newLine(depth);
        m_out += ']';
    }

    void writeObject(const QJsonObject& object, int depth)
    {
        if (object.isEmpty()) {
            m_out += "{}";
            return;
        }
        // Each key ranked once (the server writes a list page's 300 keys per request); the
        // object's own order is by name, which a stable sort keeps among equal ranks.
        QVarLengthArray<std::pair<int, QJsonObject::const_iterator>, 32> members;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            members.append({m_rank(it.key()), it});
        std::stable_sort(members.begin(), members.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        m_out += '{';
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i > 0)
                m_out += ',';
            newLine(depth + 1);
            writeString(m_out, members.at(i).second.key());
            m_out += m_indented ? ": " : ":";
            write(members.at(i).second.value(), depth + 1);
        }
        newLine(depth);
        m_out += '}';
    }

    const OrderedJson::KeyRank& m_rank;
    const bool m_indented;
    QByteArray m_out;
};

} // namespace

QByteArray OrderedJson::serialize(const QJsonValue& value, const KeyRank& rank, bool indented)
{
    Writer writer(rank, indented);
    writer.write(value, 0);
    QByteArray out = writer.take();
    if (indented)
        out += '\n';
    return out;
}

void OrderedJson::appendString(QByteArray& out, QStringView text)
{
    writeString(out, text);
}

QByteArray OrderedJson::stringArray(const QStringList& strings)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < strings.size(); ++i) {
        if (i > 0)
            out += ',';
        writeString(out, strings.at(i));
    }
    out += ']';
    return out;
}
