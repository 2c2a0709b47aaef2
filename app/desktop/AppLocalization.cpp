#include "AppLocalization.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

const QString sourceLanguage = QStringLiteral("en");

QString languageCode(const QLocale& locale)
{
    return locale.name().section(u'_', 0, 0);
}

} // namespace

AppLocalization::AppLocalization(QObject* parent) : QObject(parent) {}

QStringList AppLocalization::availableLanguages()
{
    return {sourceLanguage, QStringLiteral("ar"), QStringLiteral("es")};
}

bool AppLocalization::isAvailable(const QString& language)
{
    return availableLanguages().contains(languageCode(QLocale(language)));
}

bool AppLocalization::apply(const QLocale& locale)
{
    removeTranslators();
    const QString code = languageCode(locale);
    auto* ours = new QTranslator(this);
    const bool translated = code != sourceLanguage && availableLanguages().contains(code) &&
                            ours->load(QStringLiteral(":/i18n/contacts_") + code);
    if (!translated) {
        delete ours;
        // The source strings are English with plural nouns: "1 contact" comes from the
        // English plural forms.
        auto* plurals = new QTranslator(this);
        if (plurals->load(QStringLiteral(":/i18n/contacts_") + sourceLanguage)) {
            QCoreApplication::installTranslator(plurals);
            m_translators.append(plurals);
        } else {
            delete plurals;
        }
        m_language = sourceLanguage;
        QLocale::setDefault(code == sourceLanguage ? locale : QLocale(QLocale::English));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        return code == sourceLanguage;
    }
    QCoreApplication::installTranslator(ours);
    m_translators.append(ours);
    // Qt's own strings (QDialogButtonBox, QLineEdit's context menu); absent ones are fine.
    auto* qt = new QTranslator(this);
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_translators.append(qt);
    } else {
        delete qt;
    }
    m_language = code;
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    return true;
}

void AppLocalization::removeTranslators()
{
    for (QTranslator* translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
}
