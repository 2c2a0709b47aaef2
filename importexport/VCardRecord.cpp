#include "VCardRecord.h"

#include "FieldRules.h"
#include "VCardWriter.h"

#include <QJsonDocument>

#include <QVarLengthArray>

#include <algorithm>

namespace {

using Column = ColumnMapping::Column;

class Builder {
public:
    /// Adds a column unless `value` is blank (ImportRow skips blank fields): true when added.
    bool add(ImportField field, const QString& key, const QString& value, bool mobile = false)
    {
        if (value.trimmed().isEmpty())
            return false;
        Column column;
        column.header = key;
        column.field = field;
        column.paramKey = key.left(FieldRules::maxParamKeyLength);
        column.mobile = mobile;
        m_columns.append(std::move(column));
        m_fields.append(value);
        return true;
    }
    /// Puts the column added last first: a country the card states for our own export comes
    /// before any address's, as ImportRow takes the first it can read.
    void moveLastToFront()
    {
        m_columns.move(m_columns.size() - 1, 0);
        m_fields.move(m_fields.size() - 1, 0);
    }
    VCardRecord::Record record()
    {
        return {ColumnMapping::fromColumns(std::move(m_columns)), std::move(m_fields)};
    }

private:
    QList<Column> m_columns;
    QStringList m_fields;
};

bool is(const QString& text, const char* word)
{
    return text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

/// The label of a TEL or EMAIL: its group's X-ABLabel (Apple's built-in `_$!<Mobile>!$_`
/// as `Mobile`, a custom one as written), else the first of its TYPE values a person would
/// call it by (`Mobile`, `Work`); empty when none.
struct Label {
    QString text;
    bool fromGroup = false; ///< an X-ABLabel, whose words may say mobile or fax
    bool custom = false;    ///< an X-ABLabel of the user's own: a key as written
};

using GroupLabels = QVarLengthArray<std::pair<QString, QString>, 4>;

Label labelOf(const VCardProperty& property, const QStringList& types, const GroupLabels& labels)
{
    if (!property.group.isEmpty()) {
        for (const auto& [group, label] : labels) {
            if (group.compare(property.group, Qt::CaseInsensitive) != 0)
                continue;
            QStringView text = QStringView(label).trimmed();
            const bool builtIn = text.startsWith(u"_$!<") && text.endsWith(u">!$_");
            if (builtIn)
                text = text.mid(4, text.size() - 8);
            if (!text.isEmpty())
                return {text.toString(), true, !builtIn};
        }
    }
    static const std::pair<const char*, const char*> known[] = {
        {"cell", "Mobile"}, {"mobile", "Mobile"}, {"iphone", "iPhone"}, {"main", "Main"},
        {"work", "Work"},   {"home", "Home"},     {"car", "Car"},       {"other", "Other"}};
    for (const auto& [type, label] : known) {
        if (types.contains(QLatin1String(type)))
            return {QString::fromLatin1(label)};
    }
    return {};
}

/// The key of a phone or email column: `Phone`, `Work phone`, `iPhone`, or a custom label
/// as written.
QString keyOf(const Label& label, const QString& kind)
{
    if (label.text.isEmpty())
        return kind.left(1).toUpper() + kind.mid(1);
    if (label.custom || label.text.contains(kind, Qt::CaseInsensitive))
        return label.text;
    return label.text + u' ' + kind;
}

/// The digits of `text`.
QString digitsOf(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

bool hasLetter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

/// Tags or labels for ImportRow::splitTags(): joined by ` ::: `, and a single one holding
/// `;` or `,` followed by a separator so that it is not split on those.
QString joinList(const QStringList& items)
{
    QString joined = items.join(QLatin1String(" ::: "));
    if (items.size() == 1 && (joined.contains(u';') || joined.contains(u',')))
        joined += QLatin1String(" ::: ");
    return joined;
}

struct Phone {
    QString number;
    QString extension; ///< of a `tel:` URI's `;ext=`
    bool whatsApp = false;
};

/// A TEL value as a number: a 4.0 `tel:` URI without its scheme and parameters (its
/// extension kept apart), or WhatsApp's `waid` (the digits of the number it reaches).
Phone phoneOf(const VCardProperty& property)
{
    Phone phone;
    const QString waid = property.parameter(QStringLiteral("WAID")).trimmed();
    if (!waid.isEmpty() &&
        std::all_of(waid.begin(), waid.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        phone.number = u'+' + waid;
        phone.whatsApp = true;
        return phone;
    }
    phone.number = property.text().trimmed();
    if (phone.number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        phone.number.remove(0, 4);
        if (const qsizetype semicolon = phone.number.indexOf(u';'); semicolon >= 0) {
            for (const QStringView parameter :
                 QStringView(phone.number).mid(semicolon + 1).split(u';')) {
                if (parameter.startsWith(u"ext=", Qt::CaseInsensitive))
                    phone.extension = parameter.mid(4).trimmed().toString();
            }
            phone.number.truncate(semicolon);
        }
    }
    return phone;
}

/// Line ends as `\n`, as a NOTE read back has them.
QString unifiedLineEnds(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
}

/// True when `note` is the summary VCardWriter wrote of the card's X-CONTACTS-PARAMS: the
/// params come back from that property exactly, and a second time as `note` they would not.
bool isParamsNote(const QString& note, const VCardProperty* params)
{
    if (!params)
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(params->text().toUtf8());
    return document.isObject() &&
           unifiedLineEnds(VCardWriter::paramsNote(document.object())).trimmed() ==
               unifiedLineEnds(note).trimmed();
}

} // namespace

VCardRecord::Record VCardRecord::fromCard(const VCard& card)
{
    // Apple's and Google's labels name a grouped property (`item1.TEL` by `item1.X-ABLabel`).
    GroupLabels labels;
    bool ours = false; // written by VCardWriter
    const VCardProperty* params = nullptr;
    for (const VCardProperty& property : card.properties) {
        if (property.name == QLatin1String("X-ABLABEL") && !property.group.isEmpty()) {
            labels.append({property.group, property.text()});
        } else if (property.name.startsWith(QLatin1String("X-CONTACTS-"))) {
            ours = true;
            if (property.name == QLatin1String("X-CONTACTS-PARAMS"))
                params = &property;
        }
    }

    Builder out;
    for (const VCardProperty& property : card.properties) {
        const QString& name = property.name;
        if (name == QLatin1String("TEL") || name == QLatin1String("X-MS-TEL")) {
            const QStringList types = property.types();
            const Label label = labelOf(property, types, labels);
            // Only a file's own label needs reading word by word (`_$!<WorkFAX>!$_`).
            const QString labelKey =
                label.fromGroup ? ColumnMapping::normalized(label.text) : QString();
            const Phone phone = phoneOf(property);
            // WhatsApp cannot reach a fax or a pager: such a number is only kept.
            if (types.contains(QLatin1String("fax")) || labelKey.contains(QLatin1String("fax"))) {
                out.add(ImportField::Param, QStringLiteral("Fax"), phone.number);
                continue;
            }
            if (types.contains(QLatin1String("pager")) ||
                labelKey.contains(QLatin1String("pager"))) {
                out.add(ImportField::Param, QStringLiteral("Pager"), phone.number);
                continue;
            }
            const bool mobile = phone.whatsApp || types.contains(QLatin1String("cell")) ||
                                types.contains(QLatin1String("mobile")) ||
                                types.contains(QLatin1String("iphone")) ||
                                (label.fromGroup && ColumnMapping::saysMobile(label.text));
            const QString key = keyOf(label, QStringLiteral("phone"));
            out.add(ImportField::Phone, key, phone.number, mobile);
            out.add(ImportField::Param, key + QLatin1String(" extension"), phone.extension);
        } else if (name == QLatin1String("FN")) {
            const QString fn = property.text();
            // A nameless contact's FN is its number (vCard 3.0 requires an FN): not a name.
            if (!hasLetter(fn)) {
                const QString digits = digitsOf(fn);
                const bool isNumber =
                    !digits.isEmpty() &&
                    std::any_of(card.properties.cbegin(), card.properties.cend(),
                                [&digits](const VCardProperty& other) {
                                    return (other.name == QLatin1String("TEL") ||
                                            other.name == QLatin1String("X-MS-TEL")) &&
                                           (digitsOf(other.value) == digits ||
                                            other.parameter(QStringLiteral("WAID")) == digits);
                                });
                if (isNumber)
                    continue;
            }
            out.add(ImportField::Name, QStringLiteral("Name"), fn);
        } else if (name == QLatin1String("N")) {
            const QStringList parts = property.components();
            out.add(ImportField::LastName, QStringLiteral("Last name"), parts.value(0));
            out.add(ImportField::FirstName, QStringLiteral("First name"), parts.value(1));
            out.add(ImportField::MiddleName, QStringLiteral("Middle name"), parts.value(2));
        } else if (name == QLatin1String("EMAIL")) {
            const Label label = labelOf(property, property.types(), labels);
            out.add(ImportField::Email, keyOf(label, QStringLiteral("email")),
                    property.text().trimmed());
        } else if (name == QLatin1String("CATEGORIES")) {
            QStringList tags = property.list();
            // Google's system groups, as its CSV's `* myContacts` which ImportRow drops.
            if (!ours) {
                tags.removeIf(
                    [](const QString& tag) { return is(tag, "myContacts") || is(tag, "starred"); });
            }
            out.add(ImportField::Tags, QStringLiteral("Tags"), joinList(tags));
        } else if (name == QLatin1String("NOTE")) {
            const QString note = property.text();
            if (!isParamsNote(note, params))
                out.add(ImportField::Param, QStringLiteral("note"), note);
        } else if (name == QLatin1String("ORG")) {
            QStringList parts = property.components();
            parts.removeIf([](const QString& part) { return part.trimmed().isEmpty(); });
            out.add(ImportField::Param, QStringLiteral("organization"),
                    parts.join(QLatin1String(", ")));
        } else if (name == QLatin1String("TITLE")) {
            out.add(ImportField::Param, QStringLiteral("title"), property.text());
        } else if (name == QLatin1String("ADR")) {
            out.add(ImportField::Country, QStringLiteral("country"),
                    property.components().value(6));
        } else if (name == QLatin1String("X-CONTACTS-COUNTRY")) {
            if (out.add(ImportField::Country, QStringLiteral("country"), property.text()))
                out.moveLastToFront();
        } else if (name == QLatin1String("X-CONTACTS-LABELS")) {
            out.add(ImportField::Labels, QStringLiteral("labels"), joinList(property.list()));
        } else if (name == QLatin1String("X-CONTACTS-PARAMS")) {
            out.add(ImportField::Params, QStringLiteral("params"), property.text());
        }
        // X-CONTACTS-OPTED-IN and -BLOCKED: an import cannot set them (nor can a CSV's).
    }
    return out.record();
}
