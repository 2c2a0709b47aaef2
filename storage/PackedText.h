#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

/// Text values packed in one UTF-8 buffer, each as its byte length (or null) and its bytes,
/// read back in the order they were appended. A prepared row's columns cost one allocation
/// this way, and SQLite binds them straight from the buffer without a copy.
class PackedText {
public:
    /// One value: `data` points into the buffer, unterminated.
    struct Value {
        const char* data = nullptr;
        int size = 0;
        bool null = true;
        QByteArrayView bytes() const { return QByteArrayView(data, size); }
    };

    void reserve(qsizetype bytes) { m_bytes.reserve(bytes); }
    void append(QStringView text);
    void append(const std::optional<QString>& text);

    /// Reads the values from the first on.
    class Reader {
    public:
        explicit Reader(const PackedText& packed) : m_bytes(packed.m_bytes) {}
        /// The next value; a null Value past the last.
        Value next();

    private:
        const QByteArray& m_bytes;
        qsizetype m_at = 0;
    };
    Reader reader() const { return Reader(*this); }
    qsizetype byteSize() const { return m_bytes.size(); }

private:
    void appendLength(qint32 length);

    QByteArray m_bytes;
};
