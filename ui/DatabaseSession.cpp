#include "DatabaseSession.h"

#include "ContactDatabase.h"
#include "ContactTableModel.h"
#include "ContactWriter.h"
#include "TagListModel.h"

ApiResult<std::unique_ptr<DatabaseSession>> DatabaseSession::open(const QString& path)
{
    auto database = ContactDatabase::open(path);
    if (!database)
        return std::unexpected(database.error());
    return std::unique_ptr<DatabaseSession>(new DatabaseSession(std::move(*database)));
}

DatabaseSession::DatabaseSession(std::unique_ptr<ContactDatabase> database)
    : m_database(std::move(database)),
      m_writer(std::make_unique<ContactWriter>(m_database->path())),
      m_tagModel(std::make_unique<TagListModel>(*m_database, TagKind::Tag)),
      m_labelModel(std::make_unique<TagListModel>(*m_database, TagKind::Label)),
      m_model(std::make_unique<ContactTableModel>(*m_database))
{
    // On a worker, like every write: the journal may hold an old import's million entries.
    m_writer->pruneJournal();
    m_writer->pruneOperations();
}

DatabaseSession::~DatabaseSession()
{
    // Nothing the agent asked for is lost; the answers go nowhere now.
    m_writer.reset();
}

QString DatabaseSession::path() const
{
    return m_database->path();
}
