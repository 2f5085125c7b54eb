-- 0014 sign-in sessions (issue 11): signing out, a password change or reset ends sessions at once, on every host.
-- 1. One row per sign-in. The cookie carries a random session id; only its SHA-256 hash is stored, like every token,
--    so a copy of the database cannot be turned into a working cookie.
-- 2. A request is let in only while its row exists AND the account's security stamp still equals the one in its
--    cookie, both read in one lookup by primary key: sign-out deletes the row, and anything that renews the stamp
--    (password change or reset, e-mail change, an administrator ending access) ends every older cookie at once.
-- 3. last_seen_at is coarse (rewritten at most every 15 minutes) so that reading a page does not become a write;
--    rows not seen for longer than a cookie can live are purged at the next sign-in (ix_user_session_last_seen_at).
-- 4. ON DELETE CASCADE: an account that is deleted takes its sessions with it (ix_user_session_user_id).
CREATE TABLE IF NOT EXISTS user_session (
    id_hash TEXT NOT NULL,
    user_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    CONSTRAINT pk_user_session PRIMARY KEY (id_hash),
    CONSTRAINT fk_user_session_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS ix_user_session_user_id ON user_session (user_id);

CREATE INDEX IF NOT EXISTS ix_user_session_last_seen_at ON user_session (last_seen_at);
