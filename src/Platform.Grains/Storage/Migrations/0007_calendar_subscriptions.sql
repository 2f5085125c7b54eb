-- 0007 calendar subscriptions: a personal, secret feed URL with the meetings of every group a person sits in.
-- 1. Only the SHA-256 hash of the token is stored (like invitation and setup tokens): a backup or a leaked file
--    cannot be turned into a working feed URL. ux_calendar_subscription_token_hash serves the lookup on every poll.
-- 2. A subscription is revoked, not deleted (revoked_at), so "who had a live feed when" stays answerable.
-- 3. ux_calendar_subscription_user_id_active allows at most one live subscription per person: regenerating
--    revokes the old one in the same transaction that creates the new one.
-- 4. The feed's contents are not stored: membership is read on every fetch, so leaving a group empties the feed of it.
CREATE TABLE IF NOT EXISTS calendar_subscription (
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT NULL,
    CONSTRAINT pk_calendar_subscription PRIMARY KEY (id),
    CONSTRAINT fk_calendar_subscription_user_account FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT ux_calendar_subscription_token_hash UNIQUE (token_hash)
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_calendar_subscription_user_id_active
    ON calendar_subscription (user_id)
    WHERE revoked_at IS NULL;
