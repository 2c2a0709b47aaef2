#include "ColumnMapping.h"

#include "FieldRules.h"
#include "TextFold.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace {

using Synonyms = QHash<QString, ImportField>;

/// Normalized headers and their fields. Where a word is ambiguous across sources it is
/// resolved in guess(): `nom`, `nombre`, `nome`, `labels`.
const Synonyms& synonyms()
{
    static const Synonyms table = [] {
        Synonyms t;
        const auto add = [&t](ImportField field, std::initializer_list<const char16_t*> words) {
            for (const char16_t* word : words)
                t.insert(ColumnMapping::normalized(QString::fromUtf16(word)), field);
        };
        add(ImportField::Phone,
            {u"phone", u"phonenumber", u"phone number", u"telephone", u"tel", u"mobile",
             u"mobile phone", u"mobilenumber", u"mobile number", u"cell", u"cellphone",
             u"cell phone", u"whatsapp", u"whatsapp number", u"number", u"msisdn", u"userNumber",
             u"contact number", u"primary phone", u"business phone", u"business phone 2",
             u"home phone", u"home phone 2", u"other phone", u"car phone", u"company main phone",
             // Spanish, Portuguese, French, German
             u"teléfono", u"número de teléfono", u"móvil", u"teléfono móvil", u"celular", u"número",
             u"telefone", u"número de telefone", u"telemóvel", u"número de celular", u"téléphone",
             u"numéro de téléphone", u"portable", u"téléphone portable", u"numéro", u"telefon",
             u"telefonnummer", u"handy", u"handynummer", u"mobil", u"mobiltelefon", u"mobilnummer",
             u"rufnummer", u"nummer",
             // Japanese (Thunderbird, Outlook)
             u"電話番号", u"携帯電話", u"携帯電話番号", u"勤務先の電話番号", u"自宅の電話番号",
             u"勤務先電話", u"自宅電話",
             // Arabic
             u"هاتف", u"الهاتف", u"رقم الهاتف", u"جوال", u"الجوال", u"رقم الجوال", u"موبايل",
             u"رقم الموبايل", u"واتساب", u"رقم الواتساب", u"رقم", u"الرقم", u"محمول",
             u"الهاتف المحمول", u"رقم المحمول"});
        add(ImportField::Name,
            {u"name",           u"full name",    u"display name",    u"userName",
             u"contact name",   u"nombre",       u"nombre completo", u"nome",
             u"nome completo",  u"nom",          u"nom complet",     u"vollständiger name",
             u"volledige naam", u"naam",         u"nome e cognome",  u"表示名",
             u"氏名",           u"名前",         u"الاسم",           u"اسم",
             u"الاسم الكامل",   u"الاسم بالكامل"});
        add(ImportField::FirstName,
            {u"first name", u"given name", u"first", u"prénom", u"vorname", u"primer nombre",
             u"primeiro nome", u"nome próprio", u"voornaam", u"名", u"الاسم الأول", u"اسم الأول"});
        add(ImportField::MiddleName,
            {u"middle name", u"additional name", u"second name", u"segundo nombre", u"nome do meio",
             u"deuxième prénom", u"zweiter vorname", u"weitere vornamen", u"secondo nome",
             u"middelste naam", u"tussenvoegsel", u"ミドルネーム", u"الاسم الأوسط", u"اسم الأب"});
        add(ImportField::LastName,
            {u"last name", u"family name", u"surname", u"last", u"apellido", u"apellidos",
             u"sobrenome", u"apelido", u"apelidos", u"nom de famille", u"nachname", u"familienname",
             u"cognome", u"achternaam", u"姓", u"اسم العائلة", u"العائلة", u"الكنية", u"اللقب"});
        add(ImportField::Email, {u"email",
                                 u"e-mail",
                                 u"email address",
                                 u"e-mail address",
                                 u"e-mail 2 address",
                                 u"e-mail 3 address",
                                 u"mail",
                                 u"correo",
                                 u"correo electrónico",
                                 u"endereço de email",
                                 u"courriel",
                                 u"adresse e-mail",
                                 u"adresse email",
                                 u"e-mail-adresse",
                                 u"メールアドレス",
                                 u"別のメールアドレス",
                                 u"電子メール",
                                 u"البريد",
                                 u"البريد الإلكتروني",
                                 u"ايميل",
                                 u"الايميل"});
        add(ImportField::Country,
            {u"country", u"countryCode", u"country code", u"país", u"código de país",
             u"código do país", u"pays", u"code pays", u"land", u"ländercode", u"الدولة", u"البلد",
             u"دولة", u"بلد", u"رمز الدولة"});
        add(ImportField::Tags,
            {u"tags",       u"tag",        u"group membership", u"groups",      u"group",
             u"categories", u"category",   u"labels",           u"etiquetas",   u"etiqueta",
             u"marcadores", u"categorías", u"categorias",       u"grupos",      u"étiquettes",
             u"libellés",   u"catégories", u"groupes",          u"kategorien",  u"schlagwörter",
             u"gruppen",    u"gruppe",     u"categorie",        u"categorieën", u"الوسوم",
             u"وسوم",       u"العلامات",   u"التصنيفات",        u"التصنيف",     u"المجموعات",
             u"المجموعة"});
        add(ImportField::Params, {u"params"});
        // Read-only fields of the exporter's own files: the API cannot set them on create.
        add(ImportField::Ignore,
            {u"id", u"vendorContactId", u"optedIn", u"isBlocked", u"source", u"createdAt",
             u"updatedAt", u"lastMessageAt", u"conversationCount"});
        return t;
    }();
    return table;
}

const QStringList& mobileWords()
{
    static const QStringList words = [] {
        QStringList out;
        for (const char16_t* word : {u"mobile", u"mobil", u"mobiel", u"cell", u"móvil", u"celular",
                                     u"telemóvel", u"portable", u"handy", u"gsm", u"natel",
                                     u"whatsapp", u"携帯", u"جوال", u"موبايل", u"محمول", u"واتساب"})
            out.append(ColumnMapping::normalized(QString::fromUtf16(word)));
        return out;
    }();
    return words;
}

bool isPhoneOrEmail(ImportField field)
{
    return field == ImportField::Phone || field == ImportField::Email;
}

QStringList asciiWords(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* word : words)
        out.append(QString::fromLatin1(word));
    return out;
}

/// The words of a header, folded (`Telefon (geschäftlich)` → `telefon`, `geschaftlich`).
QStringList headerWords(const QString& header)
{
    const QString folded = TextFold::fold(header);
    QStringList words;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

/// What a header no synonym names says in its words, the way exporters build theirs from a
/// kind and a place: `Work Phone`, `Telefon geschäftlich`, `Arbeit Telefon`, `Tél. mobile`,
/// `Mobiele telefoon`, `Primary Email`, `Email Home`, `E-mailadres`, `Adresse de messagerie`.
/// A fax, pager, telex or radio number is never a phone (WhatsApp cannot reach it), and a
/// column of a number's or an address's type or display name holds neither.
std::optional<ImportField> fieldByWords(const QString& header)
{
    if (ColumnMapping::namesNoPhone(header))
        return std::nullopt;
    const QStringList words = headerWords(header);
    const QString joined = words.join(QString());
    // Folded, so without accents: `téléfono` is `telefono`, `móvil` is `movil`.
    static const QStringList phoneWords =
        asciiWords({"tel", "telephone", "telefono", "telefone", "telefoon", "mobile", "mobil",
                    "mobiel", "cell", "cellular", "cellulare", "celular", "movil", "telemovel",
                    "portable", "handy", "gsm", "natel", "whatsapp"});
    static const QStringList emailWords =
        asciiWords({"email", "mail", "courriel", "correo", "correio", "messagerie", "eposta",
                    "mailadres", "mailadresse"});
    for (const QString& word : words) {
        if (phoneWords.contains(word) || word.contains(QLatin1String("telefon")) ||
            word.contains(QLatin1String("phone")))
            return ImportField::Phone;
    }
    for (const QString& word : words) {
        if (emailWords.contains(word) || word.startsWith(QLatin1String("email")))
            return ImportField::Email;
    }
    if (joined.contains(QLatin1String("postaelettronica")))
        return ImportField::Email;
    return std::nullopt;
}

/// Google Contacts numbers its multi-valued fields: `Phone 1 - Value`, `Phone 1 - Label`
/// (`Type` in older exports), `E-mail 2 - Value`.
const QRegularExpression& googleField()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(phone|email)(\\d+)(value|label|type)$"));
    return pattern;
}

const QRegularExpression& numberedField()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\D+)\\d+$"));
    return pattern;
}

} // namespace

QString ColumnMapping::normalized(const QString& text)
{
    const QString folded = TextFold::fold(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

bool ColumnMapping::namesNoPhone(const QString& header)
{
    const QString joined = headerWords(header).join(QString());
    for (const char* word :
         {"fax",      "telecopi",  "pager",   "cercapersone", "buscapersonas", "semafoon",
          "piepser",  "telex",     "radio",   "tty",          "isdn",          "typ",
          "tipo",     "label",     "display", "anzeige",      "angezeigt",     "affich",
          "weergave", "visualizz", "mostrar", "exibi"}) {
        if (joined.contains(QLatin1String(word)))
            return true;
    }
    // ポケットベル: a pager.
    return joined.contains(QStringView(u"ホケットヘル")) ||
           joined.contains(QStringView(u"ポケットベル"));
}

bool ColumnMapping::saysMobile(const QString& text)
{
    const QString key = normalized(text);
    return std::any_of(mobileWords().cbegin(), mobileWords().cend(),
                       [&key](const QString& word) { return key.contains(word); });
}

ColumnMapping ColumnMapping::fromColumns(QList<Column> columns)
{
    ColumnMapping mapping;
    mapping.m_columns = std::move(columns);
    return mapping;
}

ColumnMapping ColumnMapping::guess(const QStringList& header)
{
    ColumnMapping mapping;
    QList<QString> keys;
    for (const QString& name : header)
        keys.append(normalized(name));
    const auto has = [&keys](std::initializer_list<const char16_t*> words) {
        for (const char16_t* word : words) {
            if (keys.contains(normalized(QString::fromUtf16(word))))
                return true;
        }
        return false;
    };
    const bool apiNames = has({u"userNumber"});
    const bool hasFirstName = has({u"prénom", u"first name", u"given name", u"vorname"});
    const bool hasSurname = has({u"apellido", u"apellidos", u"sobrenome", u"apelido", u"apelidos",
                                 u"cognome", u"last name", u"family name", u"nachname"});

    QHash<QString, int> googlePhones; // the number of Google's `Phone N` → its value column
    for (qsizetype i = 0; i < header.size(); ++i) {
        Column column;
        column.header = header.at(i);
        column.paramKey = header.at(i).trimmed().left(FieldRules::maxParamKeyLength);
        const QString& key = keys.at(i);
        if (const QRegularExpressionMatch google = googleField().match(key); google.hasMatch()) {
            const bool value = google.captured(3) == QLatin1String("value");
            if (google.captured(1) == QLatin1String("phone")) {
                column.field = value ? ImportField::Phone : ImportField::PhoneType;
                if (value)
                    googlePhones.insert(google.captured(2), int(i));
            } else if (value) {
                column.field = ImportField::Email;
            }
        } else if (key.isEmpty()) {
            column.field = ImportField::Param;
            column.paramKey = QStringLiteral("column%1").arg(i + 1);
        } else if (const QRegularExpressionMatch numbered = numberedField().match(key);
                   numbered.hasMatch() && numbered.captured(1) != QLatin1String("e") &&
                   isPhoneOrEmail(synonyms().value(numbered.captured(1), ImportField::Param))) {
            // `Phone 2`, `Email 3`: one more of a kind.
            column.field = synonyms().value(numbered.captured(1));
        } else if (const auto it = synonyms().constFind(key); it != synonyms().cend()) {
            column.field = *it;
            // `Nom` is the surname next to `Prénom`; `Nombre` and `Nome` are the given name
            // next to a surname column; `labels` is the API's field in its own files and
            // Google's groups in Google's.
            if (key == QLatin1String("nom") && hasFirstName)
                column.field = ImportField::LastName;
            else if ((key == QLatin1String("nombre") || key == QLatin1String("nome")) && hasSurname)
                column.field = ImportField::FirstName;
            else if (key == QLatin1String("labels") && apiNames)
                column.field = ImportField::Labels;
        } else if (const auto field = fieldByWords(column.header)) {
            column.field = *field;
        }
        if (column.field == ImportField::Phone)
            column.mobile = saysMobile(column.header);
        mapping.m_columns.append(column);
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        Column& column = mapping.m_columns[i];
        if (column.field != ImportField::PhoneType)
            continue;
        const QRegularExpressionMatch google = googleField().match(keys.at(i));
        column.describes = googlePhones.value(google.captured(2), -1);
        if (column.describes < 0)
            column.field = ImportField::Param;
    }
    return mapping;
}

QString ColumnMapping::headerKey(const QStringList& header)
{
    QStringList keys;
    for (const QString& name : header)
        keys.append(normalized(name));
    keys.sort();
    const QByteArray hash =
        QCryptographicHash::hash(keys.join(u'\n').toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(16));
}

QStringList ColumnMapping::header() const
{
    QStringList out;
    for (const Column& column : m_columns)
        out.append(column.header);
    return out;
}

void ColumnMapping::setField(int column, ImportField field, const QString& paramKey)
{
    if (column < 0 || column >= m_columns.size())
        return;
    Column& c = m_columns[column];
    c.field = field;
    if (field == ImportField::Param) {
        c.paramKey = (paramKey.isEmpty() ? c.header.trimmed() : paramKey)
                         .left(FieldRules::maxParamKeyLength);
    }
    if (field == ImportField::Phone)
        c.mobile = saysMobile(c.header);
    if (field != ImportField::PhoneType)
        c.describes = -1;
}

std::expected<void, QString> ColumnMapping::setField(const QString& header, const QString& field)
{
    int index = -1;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).header.trimmed().compare(header.trimmed(), Qt::CaseInsensitive) == 0) {
            index = int(i);
            break;
        }
    }
    if (index < 0)
        return std::unexpected(QStringLiteral("no column '%1' in the file").arg(header));
    QString key;
    std::optional<ImportField> target;
    if (field.startsWith(QLatin1String("param:"), Qt::CaseInsensitive)) {
        key = field.mid(6).trimmed();
        if (key.isEmpty())
            return std::unexpected(QStringLiteral("'param:' expects a key"));
        target = ImportField::Param;
    } else {
        target = fieldFromName(field);
    }
    if (!target || *target == ImportField::PhoneType) {
        return std::unexpected(QStringLiteral("unknown field '%1' (one of phone, name, "
                                              "firstName, middleName, lastName, email, "
                                              "country, tags, labels, params, param:KEY, "
                                              "ignore)")
                                   .arg(field));
    }
    setField(index, *target, key);
    return {};
}

std::expected<void, QString> ColumnMapping::validate() const
{
    for (const Column& column : m_columns) {
        if (column.field == ImportField::Phone)
            return {};
    }
    return std::unexpected(QStringLiteral("No column is mapped to the phone number"));
}

QString ColumnMapping::fieldName(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return QStringLiteral("ignore");
    case ImportField::Phone:
        return QStringLiteral("phone");
    case ImportField::PhoneType:
        return QStringLiteral("phoneType");
    case ImportField::Name:
        return QStringLiteral("name");
    case ImportField::FirstName:
        return QStringLiteral("firstName");
    case ImportField::MiddleName:
        return QStringLiteral("middleName");
    case ImportField::LastName:
        return QStringLiteral("lastName");
    case ImportField::Email:
        return QStringLiteral("email");
    case ImportField::Country:
        return QStringLiteral("country");
    case ImportField::Tags:
        return QStringLiteral("tags");
    case ImportField::Labels:
        return QStringLiteral("labels");
    case ImportField::Params:
        return QStringLiteral("params");
    case ImportField::Param:
        return QStringLiteral("param");
    }
    return {};
}

std::optional<ImportField> ColumnMapping::fieldFromName(const QString& name)
{
    for (const ImportField field :
         {ImportField::Ignore, ImportField::Phone, ImportField::PhoneType, ImportField::Name,
          ImportField::FirstName, ImportField::MiddleName, ImportField::LastName,
          ImportField::Email, ImportField::Country, ImportField::Tags, ImportField::Labels,
          ImportField::Params, ImportField::Param}) {
        if (fieldName(field).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject out;
    for (const Column& column : m_columns) {
        out.insert(column.header, column.field == ImportField::Param
                                      ? QStringLiteral("param:") + column.paramKey
                                      : fieldName(column.field));
    }
    return out;
}

ColumnMapping ColumnMapping::fromJson(const QStringList& header, const QJsonObject& saved)
{
    ColumnMapping mapping = guess(header);
    // Matched as headerKey() matches headers: `NOTES` takes what was saved for `Notes`.
    QHash<QString, QString> fields;
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it)
        fields.insert(normalized(it.key()), it.value().toString());
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString field = fields.value(normalized(header.at(i)));
        if (field == fieldName(ImportField::PhoneType) || field.isEmpty())
            continue;
        if (field.startsWith(QLatin1String("param:")))
            mapping.setField(int(i), ImportField::Param, field.mid(6));
        else if (const std::optional<ImportField> known = fieldFromName(field))
            mapping.setField(int(i), *known);
    }
    return mapping;
}
