#include "CliExitCode.h"

#include <array>

namespace CliExitCode {

namespace {

struct StatusCode {
    int status;
    int exitCode;
    const char* meaning;
};

constexpr int internalError = 9;

constexpr std::array statusCodes{
    StatusCode{400, 2, "bad request (a field, a list parameter, the JSON body)"},
    StatusCode{401, 3, "unauthorized"},
    StatusCode{404, 4, "contact not found"},
    StatusCode{405, 5, "method not allowed"},
    StatusCode{409, 6, "a contact with this phone number already exists"},
    StatusCode{413, 7, "too many contacts in one request"},
    StatusCode{429, 8, "rate limit exceeded"},
    StatusCode{500, internalError, "internal error"},
    StatusCode{503, 10, "sync stopped: the server could not be reached, or failed"},
};

} // namespace

int forStatus(int status)
{
    for (const StatusCode& code : statusCodes) {
        if (code.status == status) {
            return code.exitCode;
        }
    }
    return internalError;
}

QString helpText()
{
    QString text = QStringLiteral(
        "Exit codes:\n"
        "  0  success: the API's success envelope on stdout\n"
        "  1  usage error, unreadable file, or a database that cannot be opened or\n"
        "     written (a full disk, a read-only file): the reason on stderr, nothing\n"
        "     on stdout\n"
        "  An API error prints the API's error envelope on stdout and exits with:\n");
    for (const StatusCode& code : statusCodes) {
        text += QStringLiteral("  %1  API error %2: %3\n")
                    .arg(code.exitCode)
                    .arg(code.status)
                    .arg(QString::fromLatin1(code.meaning));
    }
    text +=
        QStringLiteral("  %1 sync held back more deletions than it makes unasked: the summary's\n"
                       "     heldDeletions says how many; run it again with\n"
                       "     --allow-deletions N to make them\n")
            .arg(deletionsHeld);
    return text;
}

} // namespace CliExitCode
