#pragma once

#include <QString>

/// Why a request failed for good (after its retries): what stops a sync run.
struct ClientError {
    enum class Kind {
        Network,      ///< connection refused, reset, DNS, ... after the retries
        Timeout,      ///< no answer within the options' timeout, after the retries
        Tls,          ///< certificate or handshake error: never ignored, never retried
        Unauthorized, ///< 401: wrong organization or token
        RateLimited,  ///< 429 still after the retries
        Server,       ///< 5xx after the retries
        BadResponse,  ///< an answer that is not the API's JSON envelope
        Cancelled,
        LocalDatabase, ///< the local database could not be read or written (not a client error,
                       ///< but it stops a sync run the same way)
        Usage,         ///< the run was asked for something it cannot do; nothing was sent
    };
    Kind kind = Kind::Network;
    int status = 0;  ///< the HTTP status when there was one
    QString message; ///< for the user: what went wrong, with the server's error if any
};
