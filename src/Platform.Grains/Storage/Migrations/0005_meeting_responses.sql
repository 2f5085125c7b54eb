-- 0005 meeting responses: who said they will come.
-- 1. One answer per person per meeting (the primary key); answering again replaces it, responded_at says when.
-- 2. delegate_user_id names someone acting for the same organisation in the group; the meeting grain checks that
--    rule because it depends on memberships at the time of answering, which a constraint cannot see.
-- 3. ix_meeting_response_user_id serves "my answers" on the home page and calendars.
CREATE TABLE IF NOT EXISTS meeting_response (
    meeting_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    response TEXT NOT NULL,
    delegate_user_id TEXT NULL,
    responded_at TEXT NOT NULL,
    CONSTRAINT pk_meeting_response PRIMARY KEY (meeting_id, user_id),
    CONSTRAINT fk_meeting_response_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_response_user_account FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_meeting_response_delegate FOREIGN KEY (delegate_user_id) REFERENCES user_account (id),
    CONSTRAINT ck_meeting_response_response CHECK (response IN ('attending', 'not_attending', 'maybe'))
);

CREATE INDEX IF NOT EXISTS ix_meeting_response_user_id ON meeting_response (user_id);
