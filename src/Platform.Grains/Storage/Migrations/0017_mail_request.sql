-- 0017 mail requests: invitation and record mails decided in the grain's transaction, written by a job (issue 12).
-- 1. A grain whose change must be mailed (a meeting scheduled, a series created, a record published or corrected)
--    writes one mail_request row in the transaction of its state rows and journal entry: a failed commit leaves no
--    request, a committed change always has one, and no mail server is reached inside the grain's turn.
-- 2. journal_seq is the key: one commit writes one journal entry, so at most one request; it also names the entry a
--    record mail quotes as the journal head.
-- 3. The delivery job renders each pending request into one mail_outbox row per recipient (their language and zone)
--    and sets done_at in that same transaction, only where done_at is still NULL: two runs or two hosts expanding one
--    request insert its mails once. Rows carry no names or addresses, so done rows are kept as a record of what was sent.
-- 4. revision is what the mail describes: a meeting's calendar sequence, or a record's revision (1 published, 2+ corrected).
CREATE TABLE IF NOT EXISTS mail_request (
    journal_seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    done_at TEXT NULL,
    CONSTRAINT pk_mail_request PRIMARY KEY (journal_seq),
    CONSTRAINT fk_mail_request_journal_entry FOREIGN KEY (journal_seq) REFERENCES journal_entry (seq)
);

CREATE INDEX IF NOT EXISTS ix_mail_request_pending ON mail_request (journal_seq) WHERE done_at IS NULL;
