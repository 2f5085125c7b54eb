-- 0026 invitations sent by the facilitator (issue 15): scheduling a meeting no longer mails everyone at once, before
-- any agenda exists. The facilitator previews the invitation and sends it, or has it go out at a time they choose
-- (with whatever agenda exists then). invitations_sent_at says when it went (NULL: nobody was invited yet, so changes
-- and a cancellation notify nobody); invitations_due_at when it is to go by itself, invitations_due_by who asked
-- for that (the journal names them when the scan sends). A series is invited through its first occurrence: the
-- other occurrences count as invited once any occurrence of their series was.
ALTER TABLE meeting ADD COLUMN invitations_sent_at TEXT NULL;
ALTER TABLE meeting ADD COLUMN invitations_due_at TEXT NULL;
ALTER TABLE meeting ADD COLUMN invitations_due_by TEXT NULL;

-- Meetings scheduled before this version were invited the moment they were scheduled.
UPDATE meeting SET invitations_sent_at = created_at;

CREATE INDEX ix_meeting_invitations_due ON meeting (invitations_due_at);
