#pragma once

struct SyncSession;

/// After a large push, moves the pull cursor past the run's own writes when the server
/// shows that nothing else changed since the pull began, so that the next pull does not
/// list them back: 100,000 contacts pushed would otherwise cost 1,000 list requests on the
/// next run, to learn nothing. One request: the number of contacts changed since the pull
/// began, and the newest of them, must be exactly this run's (what it pulled or pushed).
class EchoSkip {
public:
    /// Below this many pushed contacts (5 pages of a pull) the echo is cheaper to pull back.
    static constexpr int threshold = 500;

    explicit EchoSkip(SyncSession& session);
    /// False only when the run must stop on a database error; a server that does not
    /// confirm leaves the cursor where it was.
    bool run();

private:
    SyncSession& m_session;
};
