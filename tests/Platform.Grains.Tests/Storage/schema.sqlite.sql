CREATE INDEX ix_journal_entry_working_group_id_seq
    ON journal_entry (working_group_id, seq);

CREATE INDEX ix_user_role_role ON user_role (role);

CREATE TABLE invitation (
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

CREATE TABLE journal_entry (
    seq INTEGER NOT NULL,
    working_group_id TEXT NULL,
    entity_kind TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    action TEXT NOT NULL,
    actor TEXT NULL,
    occurred_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    CONSTRAINT pk_journal_entry PRIMARY KEY (seq)
);

CREATE TABLE schema_migration (
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    CONSTRAINT pk_schema_migration PRIMARY KEY (number)
);

CREATE TABLE setup_token (
    id TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT NULL,
    CONSTRAINT pk_setup_token PRIMARY KEY (id),
    CONSTRAINT ux_setup_token_token_hash UNIQUE (token_hash)
);

CREATE TABLE user_account (
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

CREATE TABLE user_role (
    user_id TEXT NOT NULL,
    role TEXT NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_role_role CHECK (role IN ('administrator', 'donor'))
);

CREATE TRIGGER tr_journal_entry_refuse_delete
    BEFORE DELETE ON journal_entry
BEGIN
    SELECT RAISE(ABORT, 'journal_entry is append-only: DELETE refused');
END;

CREATE TRIGGER tr_journal_entry_refuse_update
    BEFORE UPDATE ON journal_entry
BEGIN
    SELECT RAISE(ABORT, 'journal_entry is append-only: UPDATE refused');
END;

