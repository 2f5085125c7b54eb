-- 0013 indexes for the reminder and escalation scans (issue 7).
-- 1. The scans run every minute (reminders) and every 15 minutes (escalation) and look only at items that are
--    still open, in a date range: (status, due_date) serves "open items due between two dates" and the overdue
--    escalation; (status, created_at) serves the stale escalation's "open items older than M days".
--    The single-column ix_action_item_due_date from 0010 stays for the board's ordering.
-- 2. record_revision by published_at: the record follow-up looks at revisions published 3 to 10 days ago.
CREATE INDEX IF NOT EXISTS ix_action_item_status_due_date ON action_item (status, due_date);

CREATE INDEX IF NOT EXISTS ix_action_item_status_created_at ON action_item (status, created_at);

CREATE INDEX IF NOT EXISTS ix_record_revision_published_at ON record_revision (published_at);
