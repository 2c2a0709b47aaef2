#include "StorageFault.h"

QString StorageFault::describe(const QString& database) const
{
    const QString verb = access == Access::Open   ? QStringLiteral("open")
                         : access == Access::Read ? QStringLiteral("read")
                                                  : QStringLiteral("write");
    return QStringLiteral("cannot %1 %2: %3").arg(verb, database, reason);
}
