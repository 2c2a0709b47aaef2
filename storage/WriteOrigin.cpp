#include "WriteOrigin.h"

#include <array>
#include <utility>

namespace {

// The stored names: the history keeps them, so they never change.
const std::array<std::pair<WriteOrigin::Method, QLatin1StringView>, 8> methodNames = {{
    {WriteOrigin::Method::Editor, QLatin1StringView("editor")},
    {WriteOrigin::Method::Batch, QLatin1StringView("batch")},
    {WriteOrigin::Method::Import, QLatin1StringView("import")},
    {WriteOrigin::Method::Api, QLatin1StringView("api")},
    {WriteOrigin::Method::Sync, QLatin1StringView("sync")},
    {WriteOrigin::Method::CommandLine, QLatin1StringView("cli")},
    {WriteOrigin::Method::Undo, QLatin1StringView("undo")},
    {WriteOrigin::Method::Merge, QLatin1StringView("merge")},
}};

} // namespace

QString WriteOrigin::methodName(Method method)
{
    for (const auto& [known, name] : methodNames) {
        if (known == method)
            return name;
    }
    return QStringLiteral("api");
}

WriteOrigin::Method WriteOrigin::methodNamed(const QString& name)
{
    for (const auto& [method, known] : methodNames) {
        if (known == name)
            return method;
    }
    return Method::Api;
}
