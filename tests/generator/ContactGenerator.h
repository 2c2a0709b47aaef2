#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <random>

/// Realistic, deterministic create bodies (`{"userNumber", "userName", "email", "countryCode",
/// "tags", "labels", "params"}`) for the benchmark, GUI screenshots and tests. The same seed
/// gives the same sequence on every machine: it draws from std::mt19937_64 through its own
/// integer mappings (the standard distributions differ between library implementations) and
/// never reads a clock. Every phone is one libphonenumber calls valid, in the region its
/// country code says, and unique among the bodies of one generator (up to tens of millions).
/// A plain value, not thread-safe: use one per thread.
class ContactGenerator {
public:
    explicit ContactGenerator(quint64 seed = 1);

    /// The next create body. About 10% have no name and about 60% have an email.
    QJsonObject next();
    /// The next `count` bodies, for one bulk call.
    QJsonArray nextBatch(int count);

    /// How many bodies next() has returned.
    qint64 generated() const { return m_generated; }
    /// The E.164 form of the last body's userNumber (which may be written with spaces or `00`).
    QString lastPhone() const { return m_lastPhone; }

    /// A surname in about 5% of all contacts' names (and so in most of their emails): the
    /// term of a broad search.
    static QString broadToken();
    /// Surnames each given to about one contact in 100,000 and found in no other name: the
    /// terms of selective searches.
    static QStringList rareTokens();

private:
    struct Name {
        QString display;
        QString asciiGiven;  ///< lowercase ASCII, for the email; may be empty
        QString asciiFamily; ///< lowercase ASCII, for the email; may be empty
    };

    quint64 draw() { return m_rng(); }
    /// Uniform in [0, bound): the same on every standard library.
    quint64 below(quint64 bound);
    /// True with probability `p`.
    bool chance(double p);
    int weighted(const QList<int>& cumulative);

    Name makeName(int culture);
    Name makeBroadName();
    QString nextPhone(int plan);
    QString makeEmail(const Name& name, int country);
    QJsonArray makeTags();
    QJsonArray makeLabels();
    QJsonObject makeParams();

    static constexpr int planCount = 14;

    std::mt19937_64 m_rng;
    quint64 m_seed;
    qint64 m_generated = 0;
    QString m_lastPhone;
    std::array<quint64, planCount> m_phoneCounters{};
};
