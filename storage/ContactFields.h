#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/// Validated, normalized field values of a create or a PATCH. An outer optional that is
/// empty means "not given"; an inner one that is empty means "set to null".
struct ContactFields {
    std::optional<QString> phone; ///< E.164
    QString phoneRegion;          ///< the phone's region (`AE`), empty for non-geographic numbers
    std::optional<std::optional<QString>> countryCode;
    std::optional<std::optional<QString>> email;
    std::optional<std::optional<QString>> name;
    std::optional<QStringList> tags;
    std::optional<QStringList> labels;
    std::optional<QJsonObject> params;
    std::optional<bool> optedIn;
    std::optional<bool> isBlocked;
    std::optional<QString> source;
};
