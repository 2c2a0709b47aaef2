#pragma once

/// How a ContactsClient paces and retries its requests.
struct ClientOptions {
    int requestsPerMinute = 100; ///< the client-side budget (sliding 60 s); 0 = unlimited
    int timeoutMs = 30000;       ///< per attempt
    int maxAttempts = 6;         ///< per call, for network errors, timeouts, 5xx and 429
    int backoffBaseMs = 500;     ///< first backoff; doubles per attempt, with full jitter
    int backoffMaxMs = 30000;
};
