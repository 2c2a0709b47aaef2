#include "QueryOption.h"

#include <QCommandLineParser>
#include <QUrl>

QList<QCommandLineOption> QueryOption::commandLineOptions(std::span<const QueryOption> options)
{
    QList<QCommandLineOption> out;
    for (const QueryOption& option : options) {
        out << QCommandLineOption(QString::fromLatin1(option.option),
                                  QString::fromLatin1(option.description),
                                  QString::fromLatin1(option.valueName));
    }
    return out;
}

QUrlQuery QueryOption::query(const QCommandLineParser& parser, std::span<const QueryOption> options)
{
    // Built as percent-encoded text, as the server receives it in a URL, so that ListQuery
    // reads a value with `&`, `+` or `%` the same way for both.
    QStringList pairs;
    for (const QueryOption& option : options) {
        const QString name = QString::fromLatin1(option.option);
        QStringList values = parser.values(name);
        if (!parser.isSet(name)) {
            if (!option.defaultValue) {
                continue;
            }
            values = QStringList{QString::fromLatin1(option.defaultValue)};
        } else if (!option.repeatable) {
            // Like a repeated option anywhere else on the command line, the last one wins.
            values = QStringList{values.constLast()};
        }
        for (const QString& value : std::as_const(values)) {
            pairs << QString::fromLatin1(option.parameter) + QLatin1Char('=') +
                         QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
    }
    return QUrlQuery(pairs.join(QLatin1Char('&')));
}
