#include "ContactWindowCache.h"

#include "StoreTask.h"

#include <algorithm>

namespace {

// Windows wanted while others are read: only the latest few are still worth reading when a
// scrollbar drag passes through thousands of rows.
constexpr int maxWantedWindows = 4;

} // namespace

ContactWindowCache::ContactWindowCache(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{}

void ContactWindowCache::show(const ListQuery& query, qint64 total, ContactWindowReader::Rows first,
                              bool orderFollows)
{
    ++m_epoch;
    m_query = query;
    m_total = total;
    m_windows.clear();
    m_rowOfId.clear();
    m_wantedWindows.clear();
    m_prefetchWindows.clear();
    m_order.reset();
    m_orderFollows = orderFollows;
    // A window in flight belongs to the previous listing: its answer is dropped on arrival.
    // Shown within the model's reset: no rowsChanged for it.
    if (m_total > 0)
        store(0, std::move(first), false);
    prefetchAround(0);
}

void ContactWindowCache::setMatchOrder(ContactWindowReader::MatchOrder order)
{
    m_orderFollows = false;
    // The order comes from the count's own snapshot; anything else is not this listing's.
    if (order && order->size() == m_total)
        m_order = std::move(order);
    fetchNextWindow();
}

const Contact* ContactWindowCache::contact(int row)
{
    const auto it = m_windows.find(row / windowSize);
    if (it == m_windows.end())
        return nullptr;
    it->lastUse = ++m_useClock;
    const int offset = row % windowSize;
    return offset < it->contacts.size() ? &it->contacts.at(offset) : nullptr;
}

SyncMark ContactWindowCache::syncMark(int row, const QString& id) const
{
    const auto window = m_windows.constFind(row / windowSize);
    return window == m_windows.cend() ? SyncMark{} : window->marks.value(id);
}

void ContactWindowCache::request(int row)
{
    const int window = row / windowSize;
    // A cached window may hold fewer rows than counted (contacts deleted since): they stay
    // placeholders until the next count.
    if (m_windows.contains(window) || m_wantedInFlight == window || m_prefetchInFlight == window)
        return;
    m_wantedWindows.removeOne(window);
    m_wantedWindows.append(window);
    if (m_wantedWindows.size() > maxWantedWindows)
        m_wantedWindows.removeFirst();
    fetchNextWindow();
}

QList<qint64> ContactWindowCache::cachedRowIds(const QStringList& ids) const
{
    QList<qint64> rowIds;
    for (const QString& id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const auto window = m_windows.constFind(row / windowSize);
        rowIds.append(window->contacts.at(row % windowSize).rowId);
    }
    return rowIds;
}

QList<int> ContactWindowCache::replace(const ContactWindowReader::Rows& reread)
{
    QList<int> rows;
    for (const Contact& contact : reread.contacts) {
        const int row = rowOf(contact.id);
        if (row < 0)
            continue;
        Window& window = m_windows[row / windowSize];
        window.contacts[row % windowSize] = contact;
        if (const auto mark = reread.marks.constFind(contact.id); mark != reread.marks.cend())
            window.marks.insert(contact.id, *mark);
        else
            window.marks.remove(contact.id);
        rows.append(row);
    }
    return rows;
}

int ContactWindowCache::cachedRowCount() const
{
    int rows = 0;
    for (const Window& window : m_windows)
        rows += int(window.contacts.size());
    return rows;
}

void ContactWindowCache::prefetchAround(int window)
{
    // Only around wanted windows: prefetching around prefetched ones would walk the whole
    // table.
    m_prefetchWindows.clear();
    const int windows = int((m_total + windowSize - 1) / windowSize);
    for (const int neighbour : {window + 1, window - 1}) {
        if (neighbour >= 0 && neighbour < windows && !m_windows.contains(neighbour))
            m_prefetchWindows.append(neighbour);
    }
    fetchNextWindow();
}

void ContactWindowCache::fetchNextWindow()
{
    // The most recently wanted first: that is where the view is now, and it does not wait
    // for a neighbour being read. Prefetches only while nothing else is read, and not before
    // the order they would be read by.
    if (m_wantedInFlight)
        return;
    bool wanted = true;
    int window = 0;
    if (!m_wantedWindows.isEmpty()) {
        window = m_wantedWindows.takeLast();
        m_wantedInFlight = window;
    } else {
        while (!m_prefetchWindows.isEmpty() && m_windows.contains(m_prefetchWindows.first()))
            m_prefetchWindows.removeFirst();
        if (m_prefetchInFlight || m_prefetchWindows.isEmpty() || m_orderFollows)
            return;
        window = m_prefetchWindows.takeFirst();
        wanted = false;
        m_prefetchInFlight = window;
    }
    const quint64 epoch = m_epoch;
    const ListQuery query = m_query;
    const qint64 total = m_total;
    const QList<qint64> rowIds =
        m_order ? m_order->mid(qsizetype(window) * windowSize, windowSize) : QList<qint64>{};
    using Rows = ContactWindowReader::Rows;
    StoreTask::runOnDatabase<ApiResult<Rows>>(
        m_databasePath, this,
        [query, window, total, rowIds](ContactDatabase& database) {
            return rowIds.isEmpty() ? ContactWindowReader::window(database, query, window, total)
                                    : ContactWindowReader::rows(database, rowIds);
        },
        [this, epoch, window, wanted](ApiResult<Rows> rows) {
            (wanted ? m_wantedInFlight : m_prefetchInFlight).reset();
            if (epoch == m_epoch) {
                if (rows) {
                    store(window, std::move(*rows));
                    if (wanted && m_wantedWindows.isEmpty()) {
                        prefetchAround(window);
                        return;
                    }
                } else {
                    emit errorOccurred(rows.error().message);
                }
            }
            fetchNextWindow();
        });
}

void ContactWindowCache::store(int window, ContactWindowReader::Rows rows, bool notify)
{
    const int first = window * windowSize;
    if (first >= m_total)
        return;
    while (m_windows.size() >= maxCachedWindows) {
        auto oldest = m_windows.begin();
        for (auto it = m_windows.begin(); it != m_windows.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        for (const Contact& contact : oldest->contacts)
            m_rowOfId.remove(contact.id);
        m_windows.erase(oldest);
    }
    for (qsizetype i = 0; i < rows.contacts.size(); ++i)
        m_rowOfId.insert(rows.contacts.at(i).id, first + int(i));
    m_windows.insert(window, Window{std::move(rows.contacts), std::move(rows.marks), ++m_useClock});
    if (notify)
        emit rowsChanged(first, int(std::min<qint64>(first + windowSize, m_total)) - 1);
}
