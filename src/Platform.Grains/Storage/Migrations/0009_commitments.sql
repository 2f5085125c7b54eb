-- 0009 commitments: what an organisation pledges in a working group, its milestones and its evidence.
-- 1. organisation_id is the pledging organisation; the grain allows changes only by people acting for it in the
--    group or by the group's facilitators, because that rule depends on memberships a constraint cannot see.
-- 2. verified_by/verified_at are both set by a facilitator's verification and both cleared when the pledging
--    organisation changes anything afterwards (the check keeps them together).
-- 3. Progress is not stored: it is derived from commitment_milestone (done_at set / all), so it cannot drift.
-- 4. due_date is a local date (yyyy-MM-dd) in the group's zone; done_at and added_at are UTC instants.
CREATE TABLE IF NOT EXISTS commitment (
    id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    text TEXT NOT NULL,
    standard TEXT NOT NULL,
    status TEXT NOT NULL,
    verified_by TEXT NULL,
    verified_at TEXT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT pk_commitment PRIMARY KEY (id),
    CONSTRAINT fk_commitment_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT fk_commitment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_commitment_verified_by FOREIGN KEY (verified_by) REFERENCES user_account (id),
    CONSTRAINT ck_commitment_standard CHECK (standard IN ('voluntary_principles', 'icoc', 'oecd_due_diligence', 'craft', 'fairmined', 'other')),
    CONSTRAINT ck_commitment_status CHECK (status IN ('on_track', 'at_risk', 'off_track', 'fulfilled', 'withdrawn')),
    CONSTRAINT ck_commitment_verified CHECK ((verified_by IS NULL) = (verified_at IS NULL))
);

CREATE INDEX IF NOT EXISTS ix_commitment_working_group_id ON commitment (working_group_id);
CREATE INDEX IF NOT EXISTS ix_commitment_organisation_id ON commitment (organisation_id);

CREATE TABLE IF NOT EXISTS commitment_milestone (
    id TEXT NOT NULL,
    commitment_id TEXT NOT NULL,
    title TEXT NOT NULL,
    due_date TEXT NOT NULL,
    done_at TEXT NULL,
    position INTEGER NOT NULL,
    CONSTRAINT pk_commitment_milestone PRIMARY KEY (id),
    CONSTRAINT fk_commitment_milestone_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT ux_commitment_milestone_position UNIQUE (commitment_id, position)
);

CREATE TABLE IF NOT EXISTS commitment_evidence (
    id TEXT NOT NULL,
    commitment_id TEXT NOT NULL,
    link TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    CONSTRAINT pk_commitment_evidence PRIMARY KEY (id),
    CONSTRAINT fk_commitment_evidence_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_commitment_evidence_added_by FOREIGN KEY (added_by) REFERENCES user_account (id),
    CONSTRAINT ck_commitment_evidence_link CHECK (link LIKE 'http://%' OR link LIKE 'https://%')
);

CREATE INDEX IF NOT EXISTS ix_commitment_evidence_commitment_id ON commitment_evidence (commitment_id);
