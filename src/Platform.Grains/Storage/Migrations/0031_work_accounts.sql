-- Work accounts (issue 16): a person may sign in with a Microsoft work account (OpenID Connect) beside their password.
-- 1. One row per linked external account: the provider's scheme and its stable subject for the person. The pair is the
--    primary key, so one work account can never be linked to two Roundtable accounts, even by two racing requests.
-- 2. A link never creates access by itself: it is made only from an invitation, from an address the provider says it
--    verified, or by the signed-in person on their profile; seats and roles are given as before.
-- 3. provider_display_name is what the profile shows ("Work account"), not a personal detail; the work e-mail is not stored.
-- 4. ON DELETE CASCADE: an account that is deleted takes its links with it (ix_user_login_user_id).
CREATE TABLE IF NOT EXISTS user_login (
    login_provider TEXT NOT NULL,
    provider_key TEXT NOT NULL,
    provider_display_name TEXT NULL,
    user_id TEXT NOT NULL,
    linked_at TEXT NOT NULL,
    CONSTRAINT pk_user_login PRIMARY KEY (login_provider, provider_key),
    CONSTRAINT fk_user_login_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS ix_user_login_user_id ON user_login (user_id);
