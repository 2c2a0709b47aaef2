#pragma once

#include <utility>

/// What a caller gave for one field of a new contact or a change: nothing, a value, or (only
/// from a reader of a request body) a value of the wrong type. The store checks the fields in
/// the order of the API's rule table, so a wrong type fails with that field's message at
/// that field's turn, whoever built the value (a JSON body, a CSV row, the desktop's form).
template <typename T> class Given {
public:
    Given() = default;
    Given(T value) : m_state(State::Value), m_value(std::move(value)) {}
    static Given malformed()
    {
        Given given;
        given.m_state = State::Malformed;
        return given;
    }

    /// True when the caller gave the field at all (a value or a malformed one).
    bool isGiven() const { return m_state != State::Absent; }
    bool hasValue() const { return m_state == State::Value; }
    bool isMalformed() const { return m_state == State::Malformed; }
    /// The value; meaningful only when hasValue().
    const T& value() const { return m_value; }

    friend bool operator==(const Given&, const Given&) = default;

private:
    enum class State { Absent, Value, Malformed };
    State m_state = State::Absent;
    T m_value{};
};
