#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

/// What contacts-cli writes: the envelope and help on stdout, diagnostics and progress on
/// stderr. Each write is flushed at once, so that the two streams interleave in the order
/// they were written when both go to one terminal or file.
namespace CliOutput {

inline const QString programName = QStringLiteral("contacts-cli");

/// Text for stdout as it is: help, the version.
void print(const QString& text);
/// One diagnostic line on stderr, prefixed with the program's name as Unix tools do.
void printError(const QString& message);
/// Progress text on stderr as it is: the caller decides between `\n` and `\r`.
void printProgress(const QString& text);
/// A progress callback for a store's long step loop: prints `<what> done/total` on stderr at
/// most once a second, and always the last step.
std::function<void(qint64 done, qint64 total)> stepProgress(const QString& what);
/// An API envelope, indented or on one line, always ending with a newline.
void printEnvelope(const QJsonObject& envelope, bool compact);

} // namespace CliOutput
