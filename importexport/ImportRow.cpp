#include "ImportRow.h"

#include "ApiError.h"
#include "FieldRules.h"
#include "ImportPhone.h"
#include "PhoneNumbers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace {

struct Candidate {
    QString text;
    int column = 0;
    bool saidMobile = false; ///< by its column's header or its kind column
    ImportPhone::Result cleaned;
};

void appendParam(QJsonObject& params, const QString& key, const QString& value)
{
    const QString existing = params.value(key).toString();
    params.insert(key, existing.isEmpty() ? value : existing + QStringLiteral(" ::: ") + value);
}

/// The addresses of an email cell: Google joins them with ` ::: `, people with `,` or `;`.
QStringList splitAddresses(const QString& cell)
{
    static const QRegularExpression separator(QStringLiteral("\\s*(?::::|[,;])\\s*"));
    QStringList addresses;
    for (const QString& part : cell.split(separator)) {
        if (!part.trimmed().isEmpty())
            addresses.append(part.trimmed());
    }
    return addresses;
}

/// Why a row has no number to import: each number tried, or a column the mapping leaves out
/// that holds one.
QString noNumber(const ColumnMapping& mapping, const QStringList& fields,
                 const QList<Candidate>& candidates, const QString& region)
{
    if (candidates.size() == 1)
        return candidates.first().cleaned.error;
    if (!candidates.isEmpty()) {
        QStringList tried;
        for (const Candidate& candidate : candidates)
            tried.append(candidate.cleaned.error);
        return QStringLiteral("None of the row's %1 numbers is valid: %2")
            .arg(candidates.size())
            .arg(tried.join(QLatin1String("; ")));
    }
    const QList<ColumnMapping::Column>& columns = mapping.columns();
    for (qsizetype i = 0; i < columns.size() && i < fields.size(); ++i) {
        if ((columns.at(i).field != ImportField::Param &&
             columns.at(i).field != ImportField::Ignore) ||
            ColumnMapping::namesNoPhone(columns.at(i).header))
            continue;
        const ImportPhone::Result cleaned = ImportPhone::clean(fields.at(i), region, false);
        if (cleaned.isValid()) {
            return QStringLiteral("No number in the phone columns, but column “%1” holds one "
                                  "(%2): map it as a phone")
                .arg(columns.at(i).header.trimmed(), fields.at(i).trimmed());
        }
    }
    return ApiMessages::phoneRequired;
}

} // namespace

bool ImportRow::isEmail(const QString& address)
{
    const auto checked = FieldRules::email(std::optional<QString>(address));
    return checked && *checked;
}

/// A text cell as written, without the `'` a CSV-injection-safe export (ours, and others
/// following OWASP) puts before text that would start a formula.
QString ImportRow::unescaped(const QString& cell)
{
    if (cell.size() > 1 && cell.front() == u'\'' && QStringView(u"=+-@\t\r").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

QStringList ImportRow::splitTags(const QString& cell)
{
    QStringList parts;
    if (cell.contains(QLatin1String(":::")))
        parts = cell.split(QLatin1String(":::"));
    else if (cell.contains(u';'))
        parts = cell.split(u';');
    else
        parts = cell.split(u',');
    QStringList tags;
    for (const QString& part : parts) {
        QString tag = unescaped(part.trimmed());
        // Mailchimp quotes each of its tags: `"Customer","VIP"`.
        if (tag.size() > 1 && tag.front() == u'"' && tag.back() == u'"')
            tag = tag.mid(1, tag.size() - 2).trimmed();
        if (!tag.isEmpty())
            tags.append(tag);
    }
    return tags;
}

QString ImportRow::countryCode(const QString& cell)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> out;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                out.insert(ColumnMapping::normalized(QLocale::territoryToString(territory)), code);
        }
        const QList<std::pair<const char*, const char*>> aliases = {
            {"uae", "AE"},     {"usa", "US"},
            {"us", "US"},      {"uk", "GB"},
            {"ksa", "SA"},     {"greatbritain", "GB"},
            {"england", "GB"}, {"unitedstatesofamerica", "US"},
            {"emirates", "AE"}};
        for (const auto& [name, code] : aliases)
            out.insert(QString::fromLatin1(name), QString::fromLatin1(code));
        return out;
    }();
    const QString trimmed = cell.trimmed();
    if (trimmed.size() == 2 && PhoneNumbers::isKnownRegion(trimmed))
        return trimmed.toUpper();
    return names.value(ColumnMapping::normalized(trimmed));
}

std::expected<NewContact, QString> ImportRow::item(const ColumnMapping& mapping,
                                                   const QStringList& fields,
                                                   const Options& options,
                                                   PhoneNumbers::Parsed* phone)
{
    const QList<ColumnMapping::Column>& columns = mapping.columns();
    NewContact item;
    QJsonObject params;
    QList<Candidate> candidates;
    QString name, first, middle, last, email, country;
    QStringList tags, labels;
    QHash<int, bool> kindSaysMobile; // phone column → its kind column says mobile

    for (qsizetype i = 0; i < columns.size() && i < fields.size(); ++i) {
        const ColumnMapping::Column& column = columns.at(i);
        if (column.field == ImportField::PhoneType && !fields.at(i).trimmed().isEmpty())
            kindSaysMobile.insert(column.describes, ColumnMapping::saysMobile(fields.at(i)));
    }
    for (qsizetype i = 0; i < columns.size() && i < fields.size(); ++i) {
        const ColumnMapping::Column& column = columns.at(i);
        QString value = unescaped(fields.at(i).trimmed());
        if (value.contains(u'\r')) // a line end inside a quoted field, as the file wrote it
            value.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
        if (value.isEmpty())
            continue;
        switch (column.field) {
        case ImportField::Ignore:
        case ImportField::PhoneType:
            break;
        case ImportField::Phone:
            for (const QString& number : ImportPhone::split(value)) {
                const bool saidMobile =
                    kindSaysMobile.contains(int(i)) ? kindSaysMobile.value(int(i)) : column.mobile;
                candidates.append(Candidate{number, int(i), saidMobile, {}});
            }
            break;
        case ImportField::Name:
            if (name.isEmpty())
                name = value;
            else
                appendParam(params, column.paramKey, value);
            break;
        case ImportField::FirstName:
            first = first.isEmpty() ? value : first + u' ' + value;
            break;
        case ImportField::MiddleName:
            middle = middle.isEmpty() ? value : middle + u' ' + value;
            break;
        case ImportField::LastName:
            last = last.isEmpty() ? value : last + u' ' + value;
            break;
        case ImportField::Email:
            // A cell may hold several addresses: the first the API accepts is the email,
            // the others are kept (a bad address does not cost the row its contact).
            for (const QString& address : splitAddresses(value)) {
                if (email.isEmpty() && isEmail(address))
                    email = address;
                else
                    appendParam(params, column.paramKey, address);
            }
            break;
        case ImportField::Country:
            // A country the importer cannot read (`D`) is kept; the store derives the
            // contact's from its phone.
            if (const QString code = country.isEmpty() ? countryCode(value) : QString();
                !code.isEmpty())
                country = code;
            else
                appendParam(params, column.paramKey, value);
            break;
        case ImportField::Tags:
            tags += splitTags(value);
            break;
        case ImportField::Labels:
            labels += splitTags(value);
            break;
        case ImportField::Params: {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                appendParam(params, column.paramKey, value); // kept as the file had it
                break;
            }
            const QJsonObject object = document.object();
            for (auto it = object.begin(); it != object.end(); ++it)
                params.insert(it.key(), it.value());
            break;
        }
        case ImportField::Param:
            appendParam(params, column.paramKey, value);
            break;
        }
    }

    // The row's own country reads its national numbers; the default region the others.
    const QString region = country.isEmpty() ? options.region : country;
    const Candidate* chosen = nullptr;
    // A lone number is chosen whatever its type: looking the type up would double the cost
    // of the row's libphonenumber work for nothing.
    for (Candidate& candidate : candidates)
        candidate.cleaned = ImportPhone::clean(candidate.text, region, candidates.size() > 1);
    // What libphonenumber calls mobile wins whatever its column says (a Google cell typed
    // Mobile may hold a landline too); among mobiles, one its column calls mobile.
    for (const auto& better : {+[](const Candidate& c) { return c.cleaned.mobile && c.saidMobile; },
                               +[](const Candidate& c) { return c.cleaned.mobile; },
                               +[](const Candidate&) {
                                   return true;
                               }}) {
        for (const Candidate& candidate : candidates) {
            if (candidate.cleaned.isValid() && better(candidate)) {
                chosen = &candidate;
                break;
            }
        }
        if (chosen)
            break;
    }
    if (!chosen)
        return std::unexpected(noNumber(mapping, fields, candidates, region));
    for (const Candidate& candidate : candidates) {
        if (&candidate != chosen)
            appendParam(params, columns.at(candidate.column).paramKey, candidate.text);
    }

    item.setPhone(chosen->cleaned.e164);
    if (phone)
        *phone = PhoneNumbers::Parsed{chosen->cleaned.e164, chosen->cleaned.region};
    if (name.isEmpty()) {
        QStringList parts;
        for (const QString& part : {first, middle, last}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        name = parts.join(u' ');
    }
    if (!name.isEmpty())
        item.setName(name);
    if (!email.isEmpty())
        item.setEmail(email);
    if (!country.isEmpty())
        item.setCountryCode(country);
    tags += options.extraTags;
    // Google's system groups (`* myContacts`, `* starred`) are not the user's labels.
    tags.removeIf([](const QString& tag) { return tag.startsWith(u'*'); });
    if (!tags.isEmpty())
        item.setTags(tags);
    if (!labels.isEmpty())
        item.setLabels(labels);
    if (!params.isEmpty())
        item.setParams(params);
    if (options.optIn)
        item.setOptedIn(true);
    return item;
}
