#pragma once

#include "ImportSource.h"
#include "VCardReader.h"

/// The cards of a vCard file for an import, each one a record with its own columns
/// (VCardRecord): a card that cannot be read is a record with its error, and the file of
/// skipped rows gives back each skipped card's text.
class VCardImportSource final : public ImportSource {
public:
    /// `input` must stay open for reading while the source is used.
    explicit VCardImportSource(QIODevice& input);

    /// The file's encoding (VCardReader::encoding()).
    QString encoding() { return m_reader.encoding(); }

    std::optional<ImportRecord> next() override;
    qint64 bytesRead() const override { return m_reader.bytesRead(); }
    QStringList errorHeader() const override { return {QStringLiteral("vCard")}; }

private:
    VCardReader m_reader;
};
