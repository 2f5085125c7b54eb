-- 0001 journal (PostgreSQL: the same table and index as 0001_journal.sqlite.sql; the triggers call a function, and the
-- writer takes an advisory lock instead of relying on one writer at a time, see below).
-- 0001 journal: one append-only table that is at once audit trail, activity feed, live backfill and change feed.
-- 1. seq is assigned by the writer as "last seq + 1" inside the writing transaction (not AUTOINCREMENT), because the
--    same read fetches the previous hash; the writing transaction first takes pg_advisory_xact_lock
--    (PostgresDialect), so seq stays gapless and increasing with several writers on several hosts. BIGINT: 64 bits
--    as in SQLite, so readers get the same type from both.
-- 2. hash = hex SHA-256 over prev_hash and this row's canonical content (Journal/JournalHash.cs). The verifier
--    recomputes it, so editing or deleting any row breaks the chain at that seq or the next one.
-- 3. occurred_at is ISO-8601 UTC text and is hashed exactly as stored: verification never depends on date parsing.
-- 4. summary never carries sensitive fields (reporter identity, contact details): a journal row cannot be redacted later.
-- 5. The triggers refuse UPDATE and DELETE, so tampering has to be deliberate (drop a trigger); the hash makes it visible.
-- 6. ix_journal_entry_working_group_id_seq serves the activity feed and the "what happened after seq N" backfill.
CREATE TABLE IF NOT EXISTS journal_entry (
    seq BIGINT NOT NULL,
    working_group_id TEXT NULL,
    entity_kind TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    action TEXT NOT NULL,
    actor TEXT NULL,
    occurred_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    CONSTRAINT pk_journal_entry PRIMARY KEY (seq)
);

CREATE INDEX IF NOT EXISTS ix_journal_entry_working_group_id_seq
    ON journal_entry (working_group_id, seq);

CREATE OR REPLACE FUNCTION journal_entry_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'journal_entry is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER tr_journal_entry_refuse_update
    BEFORE UPDATE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION journal_entry_refuse_change();

CREATE TRIGGER tr_journal_entry_refuse_delete
    BEFORE DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION journal_entry_refuse_change();
