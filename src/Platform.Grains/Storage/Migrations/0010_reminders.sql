-- 0010 reminders and escalation: what the scheduled scans need to know and to remember.
-- 1. notification.dedupe_key makes every scheduled notification idempotent: a scan inserts with
--    ON CONFLICT (user_id, dedupe_key) DO NOTHING, so a restart, a long pause or a second host never
--    creates the same reminder twice. Keys name what the reminder is about and the fact it was computed
--    from (e.g. meeting-reminder:{meeting}:{minutes before}:{starts_utc}), so a moved meeting is reminded again.
--    Notifications written by grains (record published) keep dedupe_key NULL; NULLs never conflict.
-- 2. reminder_rule holds a group's settings; a group without a row uses the defaults written here.
--    meeting_offsets is a comma-separated list of minutes before the start (2880 = 48 h, 120 = 2 h).
-- 3. action_item_escalation remembers that the facilitators were told about an item. basis is the fact the
--    escalation was computed from (the due date for 'overdue', the last update instant for 'stale'), so a
--    new due date or a fresh update lets the item escalate again later, but never twice for the same fact.
ALTER TABLE notification ADD COLUMN dedupe_key TEXT NULL;

CREATE UNIQUE INDEX IF NOT EXISTS ux_notification_user_id_dedupe_key ON notification (user_id, dedupe_key);

CREATE TABLE IF NOT EXISTS reminder_rule (
    working_group_id TEXT NOT NULL,
    meeting_offsets TEXT NOT NULL DEFAULT '2880,120',
    action_days_before INTEGER NOT NULL DEFAULT 3,
    overdue_days INTEGER NOT NULL DEFAULT 7,
    stale_days INTEGER NOT NULL DEFAULT 14,
    updated_by TEXT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT pk_reminder_rule PRIMARY KEY (working_group_id),
    CONSTRAINT fk_reminder_rule_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT fk_reminder_rule_updated_by FOREIGN KEY (updated_by) REFERENCES user_account (id),
    CONSTRAINT ck_reminder_rule_action_days_before CHECK (action_days_before BETWEEN 0 AND 60),
    CONSTRAINT ck_reminder_rule_overdue_days CHECK (overdue_days BETWEEN 1 AND 365),
    CONSTRAINT ck_reminder_rule_stale_days CHECK (stale_days BETWEEN 1 AND 365)
);

CREATE TABLE IF NOT EXISTS action_item_escalation (
    id TEXT NOT NULL,
    action_item_id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    basis TEXT NOT NULL,
    escalated_at TEXT NOT NULL,
    CONSTRAINT pk_action_item_escalation PRIMARY KEY (id),
    CONSTRAINT fk_action_item_escalation_action_item FOREIGN KEY (action_item_id) REFERENCES action_item (id),
    CONSTRAINT fk_action_item_escalation_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT ux_action_item_escalation_action_item_id_reason_basis UNIQUE (action_item_id, reason, basis),
    CONSTRAINT ck_action_item_escalation_reason CHECK (reason IN ('overdue', 'stale'))
);

CREATE INDEX IF NOT EXISTS ix_action_item_escalation_working_group_id ON action_item_escalation (working_group_id);
CREATE INDEX IF NOT EXISTS ix_meeting_starts_utc ON meeting (starts_utc);
CREATE INDEX IF NOT EXISTS ix_action_item_due_date ON action_item (due_date);
