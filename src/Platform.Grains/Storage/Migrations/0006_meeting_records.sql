-- 0006 meeting records: what happened in a meeting, its published revisions, who acknowledged them, notifications.
-- 1. meeting_record is the record grain's versioned state row (one per meeting, created on the first command):
--    every command bumps version with "WHERE version = @expected", so two hosts never both apply a change.
--    revision = 0 while the record is a draft; publishing makes it 1 and each correction adds one.
-- 2. attendance holds one row per invited member (unique per meeting and user, so recording again updates it)
--    and one row per guest (user_id NULL, name and organisation as typed: guests have no account).
-- 3. note deliberately has no speaker column: under non-attribution what was said may be recorded, never who said it.
-- 4. outcome.decision_number numbers decisions 1..n within the meeting (unique), so "decision 3 of the
--    March meeting" stays a stable reference; information and follow-up outcomes have none.
-- 5. restricted notes and outcomes are left out for observers, donors and public summaries; the record query
--    filters them for the viewer, the markup never has to.
-- 6. record_revision keeps a JSON snapshot of the whole record at each revision, so corrections never rewrite
--    history: every revision stays readable as it was published.
-- 7. notification stores a message key and JSON arguments rather than text, so each reader sees it in their
--    own language; ix_notification_user_id_read_at answers the unread count in the navigation cheaply.
CREATE TABLE IF NOT EXISTS meeting_record (
    meeting_id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT pk_meeting_record PRIMARY KEY (meeting_id),
    CONSTRAINT fk_meeting_record_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_record_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id)
);

CREATE TABLE IF NOT EXISTS attendance (
    id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    user_id TEXT NULL,
    organisation_id TEXT NULL,
    guest_name TEXT NULL,
    guest_organisation TEXT NULL,
    status TEXT NOT NULL,
    CONSTRAINT pk_attendance PRIMARY KEY (id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendance_user_account FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_attendance_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_attendance_status CHECK (status IN ('present', 'apologies', 'absent')),
    CONSTRAINT ck_attendance_person CHECK ((user_id IS NOT NULL) OR (guest_name IS NOT NULL))
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_attendance_meeting_id_user_id ON attendance (meeting_id, user_id);

CREATE TABLE IF NOT EXISTS note (
    id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    agenda_item_id TEXT NOT NULL,
    text TEXT NOT NULL,
    restricted BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL,
    CONSTRAINT pk_note PRIMARY KEY (id),
    CONSTRAINT fk_note_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_note_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id)
);

CREATE INDEX IF NOT EXISTS ix_note_meeting_id ON note (meeting_id);

CREATE TABLE IF NOT EXISTS outcome (
    id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    agenda_item_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    decision_number INTEGER NULL,
    text TEXT NOT NULL,
    restricted BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL,
    CONSTRAINT pk_outcome PRIMARY KEY (id),
    CONSTRAINT fk_outcome_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_outcome_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT ux_outcome_meeting_id_decision_number UNIQUE (meeting_id, decision_number),
    CONSTRAINT ck_outcome_kind CHECK (kind IN ('information', 'decision', 'follow_up')),
    CONSTRAINT ck_outcome_decision_number CHECK ((kind = 'decision') = (decision_number IS NOT NULL))
);

CREATE INDEX IF NOT EXISTS ix_outcome_meeting_id ON outcome (meeting_id);

CREATE TABLE IF NOT EXISTS record_revision (
    meeting_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    reason TEXT NULL,
    snapshot TEXT NOT NULL,
    CONSTRAINT pk_record_revision PRIMARY KEY (meeting_id, revision),
    CONSTRAINT fk_record_revision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_record_revision_user_account FOREIGN KEY (published_by) REFERENCES user_account (id)
);

CREATE TABLE IF NOT EXISTS record_acknowledgement (
    meeting_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    acknowledged_at TEXT NOT NULL,
    CONSTRAINT pk_record_acknowledgement PRIMARY KEY (meeting_id, revision, user_id),
    CONSTRAINT fk_record_acknowledgement_record_revision FOREIGN KEY (meeting_id, revision) REFERENCES record_revision (meeting_id, revision),
    CONSTRAINT fk_record_acknowledgement_user_account FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE IF NOT EXISTS notification (
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    working_group_id TEXT NULL,
    kind TEXT NOT NULL,
    message_key TEXT NOT NULL,
    arguments TEXT NOT NULL DEFAULT '[]',
    link TEXT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id)
);

CREATE INDEX IF NOT EXISTS ix_notification_user_id_read_at ON notification (user_id, read_at);
