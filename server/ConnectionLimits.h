#pragma once

#include <QtGlobal>

/// What one HTTP connection may take of contacts-server: time to send a request, time kept
/// open while idle, and the size of a request's head. A client past a limit is disconnected
/// (a head too large is answered first), so that idle or slow clients cannot hold the
/// server's sockets and file descriptors.
struct ConnectionLimits {
    int headerTimeoutMsecs = 10'000;       ///< from a request's first byte to the end of its head
    int bodyTimeoutMsecs = 30'000;         ///< from the end of the head to the end of the body
    int idleTimeoutMsecs = 15'000;         ///< a connection with no request, before or between
    int maxConnections = 1000;             ///< open at once; more are closed as they come
    qint64 maxRequestLineBytes = 8 * 1024; ///< past it: 414
    qint64 maxHeadBytes = 64 * 1024;       ///< the request line and headers; past it: 431
};
