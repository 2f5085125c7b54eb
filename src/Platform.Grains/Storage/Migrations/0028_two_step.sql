-- Two-step verification (issue 16): an authenticator app's code after the password, required for administrators and
-- facilitators, who see names, notes and incident reports.
-- 1. authenticator_key is the shared secret as data protection wrapped it ("Roundtable.AuthenticatorKey"); the plain key
--    is shown once, while enrolling, and never stored or logged.
-- 2. authenticator_last_step is the last 30-second step whose code was accepted: a code works once, a replay (or any
--    earlier step) is refused by one conditional UPDATE, so two hosts cannot both accept it.
-- 3. two_step_grace_until lets an administrator give a named person time before enrolment is forced on them.
-- 4. recovery_code keeps only SHA-256 hashes of the ten single-use codes (random, 50 bits each: a slow hash adds nothing);
--    a code is used by deleting its row, so it works once even when two requests race.
ALTER TABLE user_account ADD COLUMN two_factor_enabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE user_account ADD COLUMN authenticator_key TEXT NULL;
ALTER TABLE user_account ADD COLUMN authenticator_last_step BIGINT NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN two_step_grace_until TEXT NULL;

CREATE TABLE recovery_code (
    user_id TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT pk_recovery_code PRIMARY KEY (user_id, code_hash),
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
