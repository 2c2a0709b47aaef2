#include "CliOutput.h"

#include "ContactJson.h"

#include <cstdio>

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

void CliOutput::printEnvelope(const QJsonObject& envelope, bool compact)
{
    QByteArray bytes = ContactJson::serialize(envelope, !compact);
    if (!bytes.endsWith('\n')) {
        bytes += '\n';
    }
    writeTo(stdout, bytes);
}
