#include "CliOutput.h"

#include "ContactJson.h"

#include <QElapsedTimer>

#include <cstdio>
#include <memory>

namespace {

void writeTo(FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void CliOutput::print(const QString& text)
{
    writeTo(stdout, text.toUtf8());
}

void CliOutput::printError(const QString& message)
{
    writeTo(stderr, (programName + QStringLiteral(": ") + message + QLatin1Char('\n')).toUtf8());
}

void CliOutput::printProgress(const QString& text)
{
    writeTo(stderr, text.toUtf8());
}

std::function<void(qint64, qint64)> CliOutput::stepProgress(const QString& what)
{
    auto shown = std::make_shared<QElapsedTimer>();
    return [shown, what](qint64 done, qint64 total) {
        if (shown->isValid() && shown->elapsed() < 1000 && done < total)
            return;
        shown->start();
        printProgress(QStringLiteral("%1 %2/%3\n").arg(what).arg(done).arg(total));
    };
}

void CliOutput::printEnvelope(const QJsonObject& envelope, bool compact)
{
    QByteArray bytes = ContactJson::serialize(envelope, !compact);
    if (!bytes.endsWith('\n')) {
        bytes += '\n';
    }
    writeTo(stdout, bytes);
}
