-- People management for administrators (issue 16).
-- 1. deactivated_at: an administrator ends a person's access without removing anything they did. Seats, records and
--    authored items stay (the journal and meeting records name them); only signing in is refused, by one check every
--    sign-in path passes. NULL means active. Deleting the account instead would break the foreign keys of everything
--    the person wrote, and reactivating it would be impossible.
-- 2. last_signed_in_at: written in the same transaction that starts a sign-in session (every path, password, two-step
--    or work account, starts one there), so the administrators' list can show who has stopped using the platform.
--    It is never rewritten by reading pages: that is user_session.last_seen_at's job, and stays per session.
-- 3. Both are fixed-width UTC text like every other time (StoredTime), so they sort and compare as text on SQLite and
--    PostgreSQL alike. No index: the people list reads every account of a small association anyway.
ALTER TABLE user_account ADD COLUMN deactivated_at TEXT NULL;
ALTER TABLE user_account ADD COLUMN last_signed_in_at TEXT NULL;
