-- 0002 accounts: people who sign in, their platform roles, invitations and the first-run setup token.
-- 1. The table is user_account, not "user": USER is reserved in PostgreSQL and SQL Server.
-- 2. Times are UTC ISO-8601 text of one fixed width (yyyy-MM-ddTHH:mm:ss.fffffffZ), so text order is
--    time order on every vendor and a store can compare them in SQL without a dialect function.
-- 3. The e-mail is the sign-in name; normalized_email is unique so two accounts never share an address.
-- 4. Invitation and setup tokens are stored only as SHA-256 hashes: a copy of the database (a backup,
--    a leaked file) cannot be turned into a working link.
-- 5. used_at is set in the same UPDATE that checks it, so a link works once even under concurrent posts.
-- 6. gender is self-declared and optional in spirit: the default is prefer_not_to_say, never a guess.

CREATE TABLE IF NOT EXISTS user_account (
    id TEXT NOT NULL,
    email TEXT NOT NULL,
    normalized_email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    password_hash TEXT NULL,
    security_stamp TEXT NOT NULL,
    concurrency_stamp TEXT NOT NULL,
    lockout_end TEXT NULL,
    access_failed_count INTEGER NOT NULL DEFAULT 0,
    lockout_enabled BOOLEAN NOT NULL DEFAULT TRUE,
    preferred_language TEXT NOT NULL DEFAULT 'en',
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    gender TEXT NOT NULL DEFAULT 'prefer_not_to_say',
    gender_description TEXT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT ux_user_account_normalized_email UNIQUE (normalized_email),
    CONSTRAINT ck_user_account_preferred_language CHECK (preferred_language IN ('en', 'es', 'fr')),
    CONSTRAINT ck_user_account_gender CHECK (gender IN ('woman', 'man', 'self_described', 'prefer_not_to_say'))
);

CREATE TABLE IF NOT EXISTS user_role (
    user_id TEXT NOT NULL,
    role TEXT NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_role_role CHECK (role IN ('administrator', 'donor'))
);

-- "Is there any administrator yet?" runs at every start; this index answers it without a scan.
CREATE INDEX IF NOT EXISTS ix_user_role_role ON user_role (role);

CREATE TABLE IF NOT EXISTS invitation (
    id TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NULL,
    preferred_language TEXT NOT NULL DEFAULT 'en',
    invited_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT NULL,
    CONSTRAINT pk_invitation PRIMARY KEY (id),
    CONSTRAINT ux_invitation_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_invitation_user_account FOREIGN KEY (invited_by) REFERENCES user_account (id),
    CONSTRAINT ck_invitation_role CHECK (role IS NULL OR role IN ('administrator', 'donor')),
    CONSTRAINT ck_invitation_preferred_language CHECK (preferred_language IN ('en', 'es', 'fr'))
);

CREATE TABLE IF NOT EXISTS setup_token (
    id TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT NULL,
    CONSTRAINT pk_setup_token PRIMARY KEY (id),
    CONSTRAINT ux_setup_token_token_hash UNIQUE (token_hash)
);
