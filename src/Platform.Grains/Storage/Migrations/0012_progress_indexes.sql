-- 0012 progress indexes: covering indexes for the donor and facilitator progress queries (issue 6).
-- 1. A portfolio of 200 groups reads ~2,400 meetings, ~37,000 attendance rows and ~10,000 action items per page;
--    each index below lets one of those reads stay inside the index (no table lookup per row).
-- 2. meeting (working_group_id, starts_utc, status, id): held meetings of the groups in a period, with the id to join on.
-- 3. attendance (meeting_id, status, user_id, organisation_id): who was present, for whom, without the guest columns.
-- 4. user_account (id, gender): the women's share reads only the gender of a wide row.
-- 5. action_item (working_group_id, created_at, status, due_date, updated_at, id) and
--    action_item_update (action_item_id, status_to, created_at): when each item was first done or closed, by seek.
-- 6. outcome (meeting_id, kind): decisions of a meeting.
CREATE INDEX IF NOT EXISTS ix_meeting_working_group_id_starts_utc_status ON meeting (working_group_id, starts_utc, status, id);

CREATE INDEX IF NOT EXISTS ix_attendance_meeting_id_status ON attendance (meeting_id, status, user_id, organisation_id);

CREATE INDEX IF NOT EXISTS ix_user_account_id_gender ON user_account (id, gender);

CREATE INDEX IF NOT EXISTS ix_action_item_working_group_id_created_at ON action_item (working_group_id, created_at, status, due_date, updated_at, id);

CREATE INDEX IF NOT EXISTS ix_action_item_update_action_item_id_status_to ON action_item_update (action_item_id, status_to, created_at);

CREATE INDEX IF NOT EXISTS ix_outcome_meeting_id_kind ON outcome (meeting_id, kind);
