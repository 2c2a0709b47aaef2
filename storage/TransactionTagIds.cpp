#include "TransactionTagIds.h"

std::optional<qint64> TransactionTagIds::find(int kind, const QString& name) const
{
    if (const auto it = m_ids.constFind({kind, name}); it != m_ids.constEnd())
        return *it;
    return std::nullopt;
}

void TransactionTagIds::keep(int kind, const QString& name, qint64 id)
{
    m_ids.insert({kind, name}, id);
}

void TransactionTagIds::forget(qint64 id)
{
    m_ids.removeIf([id](const auto& entry) { return entry.value() == id; });
}

void TransactionTagIds::clear()
{
    m_ids.clear();
}
