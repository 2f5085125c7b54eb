-- 0011 mail delivery and personal preferences.
-- 1. mail_outbox is the durable queue every e-mail passes through when it cannot be (or is not) sent at once:
--    rows are written in the same transaction as the notification they announce, then delivered by a job.
--    attempts/next_attempt_at drive back-off; after the last attempt failed_at is set and the row shows on the
--    administrators' failed-mail list (never silently dropped). last_error holds an error type only: SMTP
--    messages can quote addresses. claimed_until is a short lease so two hosts never send one row at once.
-- 2. notification_preference stores only what a person changed from the default (e-mail on for every kind).
-- 3. digest_preference: a person without a row gets the weekly digest on Monday at 08:00 in their own zone.
CREATE TABLE IF NOT EXISTS mail_outbox (
    id TEXT NOT NULL,
    user_id TEXT NULL,
    notification_id TEXT NULL,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    claimed_until TEXT NULL,
    sent_at TEXT NULL,
    failed_at TEXT NULL,
    last_error TEXT NULL,
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    CONSTRAINT fk_mail_outbox_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT fk_mail_outbox_notification FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE SET NULL,
    CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0)
);

CREATE INDEX IF NOT EXISTS ix_mail_outbox_next_attempt_at ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;

CREATE TABLE IF NOT EXISTS notification_preference (
    user_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    email BOOLEAN NOT NULL,
    CONSTRAINT pk_notification_preference PRIMARY KEY (user_id, kind),
    CONSTRAINT fk_notification_preference_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS digest_preference (
    user_id TEXT NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    weekday INTEGER NOT NULL DEFAULT 1,
    hour INTEGER NOT NULL DEFAULT 8,
    CONSTRAINT pk_digest_preference PRIMARY KEY (user_id),
    CONSTRAINT fk_digest_preference_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_digest_preference_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_digest_preference_hour CHECK (hour BETWEEN 0 AND 23)
);
