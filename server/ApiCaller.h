#pragma once

#include "Organization.h"

#include <QString>

/// Who sent an authenticated request: the organization its token is for, and the token's id
/// (`tok_…`), which names the caller in the opt-in and block history.
struct ApiCaller {
    Organization organization;
    QString tokenId;
};
