#pragma once

#include "ApiError.h"

#include <QString>

#include <memory>

class ContactDatabase;
class ContactTableModel;
class ContactWriter;
class TagListModel;

/// What lives while one database is open in the window: the GUI thread's connection (which
/// the table and tag models use for their quick reads), the one writer, the contacts model
/// and the tag and label models. Destroying it waits for the writes asked for, then drops
/// the models and the writer before the connection they use. Lives on the GUI thread.
class DatabaseSession {
public:
    /// Opens (or creates) the database at `path`; fails with ContactDatabase::open's error.
    static ApiResult<std::unique_ptr<DatabaseSession>> open(const QString& path);
    ~DatabaseSession();

    DatabaseSession(const DatabaseSession&) = delete;
    DatabaseSession& operator=(const DatabaseSession&) = delete;

    QString path() const;
    ContactWriter* writer() const { return m_writer.get(); }
    ContactTableModel* model() const { return m_model.get(); }
    TagListModel* tagModel() const { return m_tagModel.get(); }
    TagListModel* labelModel() const { return m_labelModel.get(); }

private:
    explicit DatabaseSession(std::unique_ptr<ContactDatabase> database);

    // Destroyed in reverse order: the connection last.
    std::unique_ptr<ContactDatabase> m_database;
    std::unique_ptr<ContactWriter> m_writer;
    std::unique_ptr<TagListModel> m_tagModel;
    std::unique_ptr<TagListModel> m_labelModel;
    std::unique_ptr<ContactTableModel> m_model;
};
