#!/bin/bash
# Times `contacts-cli journal --prune` on a copy of a large SQLite database, as it is
# (auto_vacuum NONE, every database made before issue 16) and turned incremental by VACUUM
# (as a new database is), with the file's size and freelist before and after; then the
# re-seed of an adopted server (ChangeJournal::recordEveryContact's INSERT ... SELECT) on the
# pruned copy. Figures: docs/benchmarks.md, "Pruning the change journal (issue 16)".
#
#   flock /tmp/contacts-bench.lock bench/journal_prune.sh build/app/cli/contacts-cli /tmp/s1m.db
#
# The source is never written: the copy is /tmp/prune1m.db, removed at the end.
set -eu
CLI=$1
SOURCE=$2
COPY=/tmp/prune1m.db
size() { for f in "$1" "$1-wal"; do if [ -f "$f" ]; then stat -c '%n %s bytes' "$f"; fi; done; }
pragmas() {
    sqlite3 "$1" "select 'page_count', * from pragma_page_count;
                  select 'freelist', * from pragma_freelist_count;
                  select 'auto_vacuum', * from pragma_auto_vacuum;
                  select 'journal rows', count(*) from journal;"
}
prune() { /usr/bin/time -f 'wall %e s, user %U s, sys %S s, max RSS %M KB' "$CLI" --db "$COPY" journal --prune; }

echo "== start $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$COPY"*; cp "$SOURCE" "$COPY"
echo "-- as it is"; size "$COPY"; pragmas "$COPY"
prune
echo "-- after"; size "$COPY"; pragmas "$COPY"
echo "-- re-seed: one Create per contact of the default organization"
ORG=$(sqlite3 "$COPY" "select o.id from organizations o join settings s on s.value = o.uid where s.key = 'default_organization'")
FIELDS="'phone,source'"
for f in "name IS NOT NULL,name" "email IS NOT NULL,email" "country_code IS NOT NULL,countryCode" \
         "tags <> '[]',tags" "labels <> '[]',labels" "params <> '{}',params" \
         "opted_in <> 0,optedIn" "is_blocked <> 0,isBlocked"; do
    FIELDS="$FIELDS || CASE WHEN c.${f%,*} THEN ',${f##*,}' ELSE '' END"
done
/usr/bin/time -f 'wall %e s' sqlite3 "$COPY" "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
    PRAGMA cache_size=-65536; BEGIN IMMEDIATE;
    INSERT INTO journal (org_id, contact_id, contact_uid, operation, fields, at)
    SELECT $ORG, c.id, c.uid, 0, $FIELDS, 0 FROM contacts c WHERE c.org_id = $ORG ORDER BY c.id;
    COMMIT;" > /dev/null
pragmas "$COPY"
echo "-- and its prune"; prune
echo "== incremental: a fresh copy turned to it by VACUUM"
rm -f "$COPY"*; cp "$SOURCE" "$COPY"
/usr/bin/time -f 'VACUUM wall %e s' sqlite3 "$COPY" "PRAGMA auto_vacuum=INCREMENTAL; VACUUM; PRAGMA journal_mode=WAL;" > /dev/null
size "$COPY"; pragmas "$COPY"
prune
echo "-- after"; size "$COPY"; pragmas "$COPY"
echo "== end $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$COPY"*
