#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

/// Puts the application in one language: our translation from `:/i18n` plus Qt's own (the
/// standard dialogs' buttons), the default QLocale for dates and numbers, and the layout
/// direction (Arabic mirrors the window right-to-left). Lives on the GUI thread; a later
/// apply() replaces the earlier language.
class AppLocalization : public QObject {
    Q_OBJECT
public:
    explicit AppLocalization(QObject* parent = nullptr);

    /// The languages the application speaks, as ISO 639 codes; English is built in.
    static QStringList availableLanguages();
    /// True when `language` (a code such as `ar`, or a locale name such as `es_MX`) is one
    /// of them.
    static bool isAvailable(const QString& language);

    /// Switches to `locale`'s language. Returns false, and leaves the application in
    /// English, when there is no translation for it.
    bool apply(const QLocale& locale);
    /// The language applied last (`en` when untranslated).
    QString language() const { return m_language; }

private:
    void removeTranslators();

    QList<QTranslator*> m_translators;
    QString m_language = QStringLiteral("en");
};
