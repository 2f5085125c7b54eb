-- 0003 working groups: the organisations at the table, the groups, who sits in them, and donors' portfolios.
-- 1. An organisation's name is unique per country (normalized_name = upper-cased, trimmed): two "Cooperativa
--    La Esperanza" may exist in Colombia and Peru, but not twice in Colombia. The store returns the existing id.
-- 2. working_group carries a version: the grain updates it with "WHERE version = @expected", so two hosts
--    sharing one database can never both apply a change made on the same state.
-- 3. membership is one row per person per group, naming the organisation the person acts for there; a person
--    may sit in several groups for different organisations. Only the working-group grain writes it, in the
--    same transaction as the group's version bump, so "at least one facilitator" holds under concurrency.
-- 4. ix_membership_user_id answers "my groups" and every authorisation check (user, group) without a scan.
-- 5. donor_portfolio scopes what a donor may see: group names and aggregates only, never people.
-- 6. invitation_membership extends the account invitation: accepting it also seats the person in the group.
-- 7. Enumerations are stored as snake_case text with CHECK constraints, readable in any SQL client.
CREATE TABLE IF NOT EXISTS organisation (
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    normalized_name TEXT NOT NULL,
    stakeholder_type TEXT NOT NULL,
    country TEXT NOT NULL,
    description TEXT NULL,
    website TEXT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT ux_organisation_normalized_name_country UNIQUE (normalized_name, country),
    CONSTRAINT fk_organisation_user_account FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT ck_organisation_stakeholder_type CHECK (stakeholder_type IN (
        'large_scale_mining', 'asm_organisation', 'community', 'civil_society', 'national_government',
        'local_government', 'public_security_police', 'public_security_military', 'private_security',
        'oversight_body', 'international_partner', 'donor', 'standards_body', 'academic'))
);

CREATE TABLE IF NOT EXISTS working_group (
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    scope TEXT NOT NULL,
    country TEXT NOT NULL,
    region TEXT NULL,
    time_zone TEXT NOT NULL,
    cadence TEXT NOT NULL,
    confidentiality_rule TEXT NOT NULL DEFAULT '',
    non_attribution BOOLEAN NOT NULL DEFAULT FALSE,
    terms_of_reference TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active',
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT pk_working_group PRIMARY KEY (id),
    CONSTRAINT ck_working_group_scope CHECK (scope IN ('national', 'regional', 'local', 'site')),
    CONSTRAINT ck_working_group_cadence CHECK (cadence IN ('weekly', 'fortnightly', 'monthly', 'bimonthly', 'quarterly', 'as_needed')),
    CONSTRAINT ck_working_group_status CHECK (status IN ('active', 'paused', 'closed'))
);

CREATE TABLE IF NOT EXISTS membership (
    working_group_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    role TEXT NOT NULL,
    joined_at TEXT NOT NULL,
    CONSTRAINT pk_membership PRIMARY KEY (working_group_id, user_id),
    CONSTRAINT fk_membership_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT fk_membership_user_account FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_membership_role CHECK (role IN ('facilitator', 'member', 'observer'))
);

CREATE INDEX IF NOT EXISTS ix_membership_user_id ON membership (user_id);

CREATE INDEX IF NOT EXISTS ix_membership_organisation_id ON membership (organisation_id);

CREATE TABLE IF NOT EXISTS donor_portfolio (
    user_id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    added_at TEXT NOT NULL,
    CONSTRAINT pk_donor_portfolio PRIMARY KEY (user_id, working_group_id),
    CONSTRAINT fk_donor_portfolio_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_donor_portfolio_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id)
);

CREATE TABLE IF NOT EXISTS invitation_membership (
    invitation_id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    role TEXT NOT NULL,
    CONSTRAINT pk_invitation_membership PRIMARY KEY (invitation_id),
    CONSTRAINT fk_invitation_membership_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id),
    CONSTRAINT fk_invitation_membership_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT fk_invitation_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_invitation_membership_role CHECK (role IN ('facilitator', 'member', 'observer'))
);
