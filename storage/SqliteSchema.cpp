#include "SqliteSchema.h"

#include "PortableMigrations.h"

QStringList SqliteSchema::migration(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE organizations ("
                           " id INTEGER PRIMARY KEY,"
                           " uid TEXT NOT NULL UNIQUE,"
                           " created_at INTEGER NOT NULL,"
                           " contact_count INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL) WITHOUT ROWID"),
            // Ids are raw bytes (16 and 12): half the size of their text in every index, and
            // a UUID's bytes sort exactly like its lowercase text, so ties break on `id`.
            QStringLiteral("CREATE TABLE contacts ("
                           " id INTEGER PRIMARY KEY,"
                           " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                           " uid BLOB NOT NULL,"
                           " vendor_id BLOB NOT NULL,"
                           " phone TEXT NOT NULL,"
                           " name TEXT,"
                           " name_key TEXT,"
                           " email TEXT,"
                           " country_code TEXT,"
                           " tags TEXT NOT NULL DEFAULT '[]',"
                           " labels TEXT NOT NULL DEFAULT '[]',"
                           " params TEXT NOT NULL DEFAULT '{}',"
                           " source TEXT NOT NULL DEFAULT '',"
                           " opted_in INTEGER NOT NULL DEFAULT 0,"
                           " is_blocked INTEGER NOT NULL DEFAULT 0,"
                           " last_message_at INTEGER,"
                           " conversation_count INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX contacts_phone ON contacts(org_id, phone)"),
            // Finds a contact by id. It also holds last_message_at, which is null for every
            // contact this side made: the null part of that sort order is this index's own
            // uid order, and the partial index below stays as small as the non-null part.
            QStringLiteral("CREATE INDEX contacts_uid ON contacts(org_id, uid, last_message_at)"),
            QStringLiteral("CREATE UNIQUE INDEX contacts_vendor ON contacts(org_id, vendor_id)"),
            // Sort indexes end with uid (the tie-break) and hold the rowid, so a page's ids
            // come from the index alone. Nulls sort last in both directions: `IS NOT NULL` is
            // a range of the index, `IS NULL` a prefix ordered by uid.
            QStringLiteral("CREATE INDEX contacts_created ON contacts(org_id, created_at, uid)"),
            QStringLiteral("CREATE INDEX contacts_updated ON contacts(org_id, updated_at, uid)"),
            QStringLiteral("CREATE INDEX contacts_name ON contacts(org_id, name_key, uid)"),
            QStringLiteral("CREATE INDEX contacts_last_message"
                           " ON contacts(org_id, last_message_at, uid)"
                           " WHERE last_message_at IS NOT NULL"),
            QStringLiteral("CREATE TABLE tags ("
                           " id INTEGER PRIMARY KEY,"
                           " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                           " kind INTEGER NOT NULL,"
                           " key TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " count INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE UNIQUE INDEX tags_key ON tags(org_id, kind, key)"),
            // No foreign key on contact_id: its cascade would scan this table on every delete;
            // the store removes a contact's links itself, knowing its tags.
            QStringLiteral("CREATE TABLE contact_tags ("
                           " tag_id INTEGER NOT NULL REFERENCES tags(id),"
                           " contact_id INTEGER NOT NULL,"
                           " PRIMARY KEY (tag_id, contact_id)) WITHOUT ROWID"),
            // Folded name and email, and the phone's digits; rowid = contacts.id.
            QStringLiteral("CREATE VIRTUAL TABLE contacts_search USING fts5("
                           "name, email, phone, tokenize = 'trigram')"),
            // Merge segments 16 at a time instead of 4: a third less work per inserted row,
            // for slightly more segments to read per query.
            QStringLiteral("INSERT INTO contacts_search (contacts_search, rank)"
                           " VALUES ('automerge', 16)"),
        };
    case 2:
        return {
            QStringLiteral("CREATE TABLE journal ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                           " contact_id INTEGER NOT NULL,"
                           " contact_uid BLOB NOT NULL,"
                           " operation INTEGER NOT NULL,"
                           " fields TEXT NOT NULL,"
                           " at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX journal_org ON journal(org_id, seq)"),
            QStringLiteral("CREATE TABLE deleted_contacts ("
                           " id INTEGER PRIMARY KEY,"
                           " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                           " uid BLOB NOT NULL,"
                           " phone TEXT NOT NULL,"
                           " deleted_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX deleted_contacts_org ON deleted_contacts(org_id, deleted_at)"),
        };
    case 3:
        // The server's API tokens: only a SHA-256 of each token is kept, so a copy of the
        // database does not hand out access. `uid` names a token for `token revoke`.
        return {
            QStringLiteral("CREATE TABLE api_tokens ("
                           " id INTEGER PRIMARY KEY,"
                           " uid TEXT NOT NULL UNIQUE,"
                           " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                           " hash BLOB NOT NULL UNIQUE,"
                           " created_at INTEGER NOT NULL)"),
        };
    case 4:
        // Sync (sync.md). A link ties a local contact (by uid, which outlives its row: a
        // local delete is carried to the server after the row is gone) to its remote twin and
        // keeps the last synced values, the base of the three-way merge. A contact whose
        // create failed has a link without a remote id that holds the error.
        return {
            QStringLiteral("CREATE TABLE sync_links ("
                           " contact_uid BLOB PRIMARY KEY,"
                           " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                           " remote_id TEXT,"
                           " base TEXT NOT NULL DEFAULT '{}',"
                           " remote_updated_at INTEGER,"
                           " state INTEGER NOT NULL DEFAULT 0,"
                           " error TEXT) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE UNIQUE INDEX sync_links_remote ON sync_links(org_id, remote_id)"),
            QStringLiteral("CREATE TABLE sync_conflicts ("
                           " id INTEGER PRIMARY KEY,"
                           " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                           " contact_uid BLOB NOT NULL,"
                           " phone TEXT NOT NULL,"
                           " name TEXT,"
                           " kind INTEGER NOT NULL,"
                           " field TEXT NOT NULL,"
                           " local_value TEXT NOT NULL,"
                           " remote_value TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " resolved_at INTEGER)"),
            QStringLiteral("CREATE INDEX sync_conflicts_open"
                           " ON sync_conflicts(org_id, contact_uid) WHERE resolved_at IS NULL"),
            // Whether a contact has unsent changes: its outbox entries after the position.
            QStringLiteral("CREATE INDEX journal_contact ON journal(contact_uid, seq)"),
        };
    case 5:
        // The rate limit counted in the database (RequestWindows), for servers that share it.
        return {
            QStringLiteral("CREATE TABLE rate_windows ("
                           " org_id INTEGER PRIMARY KEY REFERENCES organizations(id))"),
            QStringLiteral("CREATE TABLE rate_hits ("
                           " org_id INTEGER NOT NULL,"
                           " at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX rate_hits_org ON rate_hits(org_id, at)"),
        };
    case 6:
        // FTS5 keeps new terms in memory until they fill `hashsize` (1 MB by default), then
        // writes them as a new segment that later merges rewrite. With 8 MB an import
        // writes an eighth as many segments: a 300,000-row trigram index filled in about
        // 0.6 times the time and 0.6 times the size (docs/benchmarks.md, "The write path").
        return {
            QStringLiteral("INSERT INTO contacts_search (contacts_search, rank)"
                           " VALUES ('hashsize', 8388608)"),
        };
    case 7:
        // The opt-in and block history (FlagHistory), by contact uid: it outlives the
        // contact's row and is never pruned with the journal.
        return {
            QStringLiteral("CREATE TABLE flag_history ("
                           " id INTEGER PRIMARY KEY,"
                           " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                           " contact_uid BLOB NOT NULL,"
                           " flag INTEGER NOT NULL,"
                           " value INTEGER NOT NULL,"
                           " at INTEGER NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " method TEXT NOT NULL,"
                           " detail TEXT NOT NULL,"
                           " note TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX flag_history_contact ON flag_history(org_id, contact_uid, id)"),
        };
    case 8:
        // Deletions a sync run held back (sync.md, "The mass-deletion guard"): a pulled
        // tombstone moves the pull cursor on and a sent outbox entry the outbox position, so
        // what waits for the user's word must be kept apart. `direction` 0: the server deleted
        // it, to be deleted here; 1: deleted here, to be deleted on the server.
        return {
            QStringLiteral("CREATE TABLE sync_held_deletions ("
                           " contact_uid BLOB PRIMARY KEY,"
                           " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                           " remote_id TEXT NOT NULL,"
                           " direction INTEGER NOT NULL,"
                           " phone TEXT,"
                           " name TEXT,"
                           " held_at INTEGER NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX sync_held_deletions_org"
                           " ON sync_held_deletions(org_id, direction, held_at)"),
        };
    case 9:
        // Bulk work that can be undone after a restart (Operations): one row per import or
        // batch edit, and per contact it touched the contact's updated_at right after it
        // (a contact changed since is left as it is) and, for a deletion, the whole contact.
        return {
            QStringLiteral("CREATE TABLE operations ("
                           " id INTEGER PRIMARY KEY,"
                           " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                           " kind TEXT NOT NULL,"
                           " argument TEXT NOT NULL,"
                           " started_at INTEGER NOT NULL,"
                           " finished_at INTEGER,"
                           " actor TEXT NOT NULL,"
                           " method TEXT NOT NULL,"
                           " contact_count INTEGER NOT NULL DEFAULT 0,"
                           " undoes INTEGER,"
                           " undone_by INTEGER)"),
            QStringLiteral("CREATE INDEX operations_org ON operations(org_id, id)"),
            QStringLiteral("CREATE TABLE operation_contacts ("
                           " operation_id INTEGER NOT NULL,"
                           " contact_uid BLOB NOT NULL,"
                           " stamp INTEGER NOT NULL,"
                           " snapshot TEXT,"
                           " PRIMARY KEY (operation_id, contact_uid)) WITHOUT ROWID"),
            // An import's new contacts, a batch's range of row ids at a time: a row per
            // contact would cost an import of 1,000,000 rows a third more time.
            QStringLiteral("CREATE TABLE operation_ranges ("
                           " operation_id INTEGER NOT NULL,"
                           " first_id INTEGER NOT NULL,"
                           " last_id INTEGER NOT NULL,"
                           " PRIMARY KEY (operation_id, first_id)) WITHOUT ROWID"),
        };
    case 10:
        // The uid of the contact a merge kept, on the tombstones of those it merged into it.
        // Tombstones by uid, too: a sync push asks each deletion's, and a restore drops them.
        // A held deletion keeps the server's word on a merge until it is made.
        return {
            QStringLiteral("ALTER TABLE deleted_contacts ADD COLUMN merged_into BLOB"),
            QStringLiteral("ALTER TABLE sync_held_deletions ADD COLUMN merged_into TEXT"),
            QStringLiteral("CREATE INDEX deleted_contacts_uid ON deleted_contacts(org_id, uid)")};
    case 11:
        // Whether a contact kept whole was deleted by the operation or updated by it: a sync
        // run does both. It was told by the operation's kind and whether the contact is
        // here; the existing rows keep that reading.
        return {QStringLiteral("ALTER TABLE operation_contacts"
                               " ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0"),
                PortableMigrations::markDeletedSnapshots()};
    default:
        return {};
    }
}
