#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

/// A property every input must keep. When one does not, it says which and aborts, so that
/// libFuzzer keeps the input as a finding (an assertion would vanish in a release build).
#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n  %s\n", #condition, __FILE__,    \
                         __LINE__, qPrintable(QString(detail)));                                   \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
