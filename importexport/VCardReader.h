#pragma once

#include "VCard.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

class QIODevice;

/// A streaming reader of vCard files (2.1, 3.0 and 4.0, as phones, Google, Apple, Outlook,
/// Thunderbird and WhatsApp write them): each BEGIN:VCARD … END:VCARD becomes a VCard.
///
/// Lines are taken apart as bytes before any of them is decoded, because folding (a line that
/// starts with a space or tab goes on with the previous one) and vCard 2.1 QUOTED-PRINTABLE soft
/// breaks (a value line that ends in `=`) may split a character, even a `=D0` escape. Then a
/// value is QP-decoded and decoded as text: in its CHARSET when its bytes are valid in it, else
/// as UTF-8 when they are valid UTF-8, else in the file's legacy encoding (detected as the CSV
/// reader does, on the file's first 64 KiB with binary values left out and QP escapes decoded).
/// A file in UTF-16 or UTF-32 is decoded as a whole and its text read the same way; CHARSET
/// then applies to QP escapes only. Line ends may be CRLF, LF, CR or CR CR LF, mixed.
///
/// Memory stays bounded whatever the file: one chunk of input and one card are held. Binary
/// values (PHOTO, LOGO, SOUND, KEY, ENCODING=b or BASE64, a `data:` URI) are counted and passed
/// over, never held. Bad input never stops the reader: an over-long property, too many
/// properties, or the end of the file inside a card make that card an error card
/// (VCard::error); lines outside any card are one error record per run; reading goes on.
///
/// Line numbers are 1-based physical lines; a CR CR LF (iPhone, Thunderbird) is one line end,
/// as a line that begins with a space after it continues the line before it.
///
/// Not thread-safe; reads `device` from the thread that calls next().
class VCardReader {
public:
    struct Limits {
        /// Characters of one kept property's line (name, parameters and value); a longer one
        /// makes its card an error card.
        int maxPropertyLength = 64 * 1024;
        int maxProperties = 500;          ///< properties kept of one card (VERSION not counted)
        int maxSourceLength = 256 * 1024; ///< characters of VCard::source, its cut mark included
    };

    /// `device` must be open for reading and outlive the reader.
    explicit VCardReader(QIODevice* device);
    VCardReader(QIODevice* device, Limits limits);

    /// The next card, or an error record (a card with `error` set), or nothing at the end of
    /// the input. A card's VERSION is in VCard::version, not among its properties; a vCard 2.1
    /// AGENT whose value is a nested card is passed over with that card (it is in `source`).
    std::optional<VCard> next();

    /// Bytes consumed from the device so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }

    /// The file's encoding, detected on the first call of next() (or of encoding()): a byte
    /// order mark's, UTF-16 without one, `UTF-8` when the text is valid UTF-8 (a value that is
    /// not is then read as windows-1252), else the legacy encoding detected.
    QString encoding();

    /// True when the first non-blank line of `head` (a file's first bytes, after a byte order
    /// mark; UTF-16 too) is BEGIN:VCARD, in any case.
    static bool looksLikeVCard(QByteArrayView head);

private:
    /// A logical line as read: its bytes, or only its header when its value is left out.
    struct Line {
        QByteArray bytes;
        qint64 first = 0;     ///< the physical line it starts on
        qint64 last = 0;      ///< the physical line it ends on
        qsizetype colon = -1; ///< where its header ends in `bytes`, -1 until seen
        bool quoted = false;  ///< inside a quoted parameter value, looking for the colon
        bool qp = false;      ///< QUOTED-PRINTABLE: soft breaks join lines
        bool base64 = false;  ///< vCard 2.1 BASE64: unindented base64 lines go on with it
        bool binary = false;  ///< a binary value, left out
        bool tooLong = false; ///< longer than m_maxLineBytes, its value (or all) left out
        bool dataChecked = false;
        bool leaving = false; ///< bytes from now on are counted, not held
        qint64 leftOut = 0;   ///< bytes of value left out
    };
    struct Card {
        // User-provided: clang 16 does not find an implicit one, whose member initializers
        // are read only after the enclosing class, constructible (std::optional::emplace).
        Card() {}
        VCard card;
        bool sourceCut = false;
        int depth = 0;          ///< nested cards of an AGENT being passed over
        bool agentOpen = false; ///< the last property was an AGENT with no value
    };

    void start();
    bool fill();
    /// True when at least `count` bytes from m_pos are in m_buffer (reading on as needed).
    bool ensure(qsizetype count);
    void consumeLineEnd();
    /// The next logical line: physical lines unfolded and QP soft breaks joined. False at the
    /// end of the input, when there is no line left.
    bool readLine(Line& line);
    /// Reads up to and past the next line end (or to the end of the input) into `line`; false
    /// when it ended without a line end. `lastNonBlank` is the line's last byte that is not a
    /// space or tab, 0 when none.
    bool readPhysicalLine(Line& line, char& lastNonBlank);
    void append(Line& line, QByteArrayView bytes);
    void leaveOut(Line& line, qsizetype keep);
    void inspectHeader(Line& line);
    bool nextLineIsEndOfCard();
    bool nextLineIsBase64();

    void startCard(const Line& line);
    void addToCard(const Line& line);
    VCard takeCard();
    void addOutside(const Line& line);
    std::optional<VCard> takeOutside();
    void appendSource(VCard& card, bool& cut, const QString& text) const;
    QString sourceLine(const Line& line, const QString& charset);

    /// `bytes` as text: in `charset` when valid in it, else UTF-8 when valid, else the legacy
    /// encoding.
    QString decode(QByteArrayView bytes, const QString& charset);

    QIODevice* m_device;
    Limits m_limits;
    qint64 m_maxLineBytes; ///< bytes of a line held at most (its text cannot be shorter)
    bool m_started = false;
    bool m_atEnd = false;
    QString m_encoding;
    bool m_transcoded = false;   ///< UTF-16 or UTF-32 input, held in m_buffer as UTF-8
    QStringDecoder m_transcoder; ///< the file's UTF-16 or UTF-32, when m_transcoded
    QStringDecoder m_utf8;
    QStringDecoder m_legacy;
    QString m_charsetName; ///< the CHARSET m_charset decodes, the last one asked for
    QStringDecoder m_charset;
    QByteArray m_buffer; ///< input bytes (UTF-8 when transcoded) not yet consumed, from m_pos
    qsizetype m_pos = 0;
    qint64 m_line = 1; ///< the physical line m_pos is on
    qint64 m_bytesRead = 0;

    std::optional<Card> m_card;     ///< the card being read
    std::optional<VCard> m_outside; ///< the run of lines outside any card being read
    bool m_outsideCut = false;
};
