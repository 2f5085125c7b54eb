-- 0024 incidents, allegations and grievances (issue 14): the register, its workflow, referrals and anonymous intake.
-- 1. One incident grain writes the incident row and every incident_* row that names it (one writer per row); the
--    group's authority list, case handlers and intake settings belong to the incident settings grain of the group.
-- 2. Nothing that tells who reported or who was affected, and nothing of what happened, is stored in clear: columns
--    ending in _sealed hold "v1:" + base64(nonce | tag | ciphertext), AES-256-GCM under the incident's own data key
--    (incident_key.wrapped: that key protected by ASP.NET data protection, whose key ring lives in a folder outside
--    the database). Deleting incident_key makes every sealed value of the incident unreadable, in backups too.
-- 3. Times: an incident carries days (yyyy-MM-dd in the group's zone), never instants, so a report made through the
--    public form leaves no time finer than the day. Steps taken by a signed-in person keep their instant as well.
-- 4. incident.purged_on set: the retention period ended, every sealed value and identity row is gone; the row keeps
--    kind, status, days, severity and counts for the figures.
-- 5. Severity is judged on three short scales (1 low, 2 medium, 3 high): scale, scope, irremediability.
-- 6. People affected are counts by sex and age band, never names; a name given goes to incident_identity, sealed.
CREATE TABLE IF NOT EXISTS incident (
    id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    closure TEXT NULL,
    channel TEXT NOT NULL,
    received_on TEXT NOT NULL,
    entered_by TEXT NULL,
    narrative_sealed TEXT NULL,
    place_sealed TEXT NULL,
    occurred_from TEXT NULL,
    occurred_to TEXT NULL,
    affected_women INTEGER NOT NULL DEFAULT 0,
    affected_men INTEGER NOT NULL DEFAULT 0,
    affected_girls INTEGER NOT NULL DEFAULT 0,
    affected_boys INTEGER NOT NULL DEFAULT 0,
    affected_unknown INTEGER NOT NULL DEFAULT 0,
    severity_scale INTEGER NULL,
    severity_scope INTEGER NULL,
    severity_irremediability INTEGER NULL,
    shared_summary TEXT NULL,
    referred_on TEXT NULL,
    closed_on TEXT NULL,
    retain_until TEXT NULL,
    purged_on TEXT NULL,
    version INTEGER NOT NULL,
    CONSTRAINT pk_incident PRIMARY KEY (id),
    CONSTRAINT fk_incident_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT fk_incident_entered_by FOREIGN KEY (entered_by) REFERENCES user_account (id),
    CONSTRAINT ux_incident_number UNIQUE (working_group_id, number),
    CONSTRAINT ck_incident_kind CHECK (kind IN ('security_incident', 'abuse_by_public_security', 'abuse_by_private_security',
        'use_of_force', 'gender_based_violence', 'grievance_land', 'grievance_water', 'grievance_environment',
        'grievance_compensation', 'grievance_employment', 'other')),
    CONSTRAINT ck_incident_status CHECK (status IN ('received', 'assessed', 'referred', 'in_remediation', 'closed')),
    CONSTRAINT ck_incident_closure CHECK ((status = 'closed') = (closure IS NOT NULL)),
    CONSTRAINT ck_incident_closure_value CHECK (closure IS NULL OR closure IN ('resolved', 'not_substantiated', 'withdrawn')),
    CONSTRAINT ck_incident_channel CHECK (channel IN ('member', 'web_form', 'tip_box', 'community_office', 'hotline',
        'sms', 'secure_email', 'mobile_team')),
    CONSTRAINT ck_incident_severity CHECK ((severity_scale IS NULL OR severity_scale BETWEEN 1 AND 3)
        AND (severity_scope IS NULL OR severity_scope BETWEEN 1 AND 3)
        AND (severity_irremediability IS NULL OR severity_irremediability BETWEEN 1 AND 3)),
    CONSTRAINT ck_incident_affected CHECK (affected_women >= 0 AND affected_men >= 0 AND affected_girls >= 0
        AND affected_boys >= 0 AND affected_unknown >= 0),
    CONSTRAINT ck_incident_purged CHECK (purged_on IS NOT NULL OR narrative_sealed IS NOT NULL)
);

CREATE INDEX IF NOT EXISTS ix_incident_working_group_id_status ON incident (working_group_id, status);

-- The incident's data key, wrapped by data protection; deleted by the purge.
CREATE TABLE IF NOT EXISTS incident_key (
    incident_id TEXT NOT NULL,
    wrapped TEXT NOT NULL,
    CONSTRAINT pk_incident_key PRIMARY KEY (incident_id),
    CONSTRAINT fk_incident_key_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);

-- Each workflow step: the status it entered, who and when, and the reason (required where it closes).
CREATE TABLE IF NOT EXISTS incident_step (
    incident_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    status TEXT NOT NULL,
    actor_id TEXT NULL,
    occurred_on TEXT NOT NULL,
    occurred_at TEXT NULL,
    reason_sealed TEXT NULL,
    CONSTRAINT pk_incident_step PRIMARY KEY (incident_id, position),
    CONSTRAINT fk_incident_step_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_step_actor FOREIGN KEY (actor_id) REFERENCES user_account (id),
    CONSTRAINT ck_incident_step_status CHECK (status IN ('received', 'assessed', 'referred', 'in_remediation', 'closed', 'reopened'))
);

-- Who is alleged to be involved: an organisation at the table, or others by stakeholder type.
CREATE TABLE IF NOT EXISTS incident_alleged (
    incident_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    organisation_id TEXT NULL,
    stakeholder_type TEXT NOT NULL,
    CONSTRAINT pk_incident_alleged PRIMARY KEY (incident_id, position),
    CONSTRAINT fk_incident_alleged_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_alleged_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE INDEX IF NOT EXISTS ix_incident_alleged_organisation_id ON incident_alleged (organisation_id);

-- Reporter, affected people and witnesses who chose to be named: each sealed on its own. revealed_by_reporter: the
-- reporter gave it through the receipt code (one-way: it is never taken back into anonymity).
CREATE TABLE IF NOT EXISTS incident_identity (
    id TEXT NOT NULL,
    incident_id TEXT NOT NULL,
    role TEXT NOT NULL,
    identity_sealed TEXT NOT NULL,
    added_on TEXT NOT NULL,
    revealed_by_reporter BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_incident_identity PRIMARY KEY (id),
    CONSTRAINT fk_incident_identity_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT ck_incident_identity_role CHECK (role IN ('reporter', 'affected', 'witness'))
);

CREATE INDEX IF NOT EXISTS ix_incident_identity_incident_id ON incident_identity (incident_id);

-- Evidence: a link or a file (content sealed), with how credible the facilitator judges it.
CREATE TABLE IF NOT EXISTS incident_evidence (
    id TEXT NOT NULL,
    incident_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    link_sealed TEXT NULL,
    file_name_sealed TEXT NULL,
    file_type TEXT NULL,
    file_sealed TEXT NULL,
    note_sealed TEXT NULL,
    credibility TEXT NOT NULL DEFAULT 'not_judged',
    added_by TEXT NULL,
    added_on TEXT NOT NULL,
    CONSTRAINT pk_incident_evidence PRIMARY KEY (id),
    CONSTRAINT fk_incident_evidence_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_evidence_added_by FOREIGN KEY (added_by) REFERENCES user_account (id),
    CONSTRAINT ck_incident_evidence_what CHECK ((link_sealed IS NULL) <> (file_sealed IS NULL)),
    CONSTRAINT ck_incident_evidence_credibility CHECK (credibility IN ('not_judged', 'low', 'medium', 'high'))
);

CREATE INDEX IF NOT EXISTS ix_incident_evidence_incident_id ON incident_evidence (incident_id);

-- The group's list of competent authorities a case can be referred to.
CREATE TABLE IF NOT EXISTS incident_authority (
    id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_incident_authority PRIMARY KEY (id),
    CONSTRAINT fk_incident_authority_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT ck_incident_authority_kind CHECK (kind IN ('prosecutor', 'ombudsman', 'human_rights_institution', 'regulator',
        'police_inspectorate', 'company_grievance_mechanism', 'other'))
);

CREATE INDEX IF NOT EXISTS ix_incident_authority_working_group_id ON incident_authority (working_group_id);

-- A referral: the authority, the day, the reference it gave, and when to remind the case handlers to follow up
-- (follow_up_on, pushed on by each reminder; cleared once the authority answered).
CREATE TABLE IF NOT EXISTS incident_referral (
    id TEXT NOT NULL,
    incident_id TEXT NOT NULL,
    authority_id TEXT NOT NULL,
    referred_on TEXT NOT NULL,
    reference TEXT NULL,
    follow_up_days INTEGER NOT NULL,
    follow_up_on TEXT NULL,
    answered_on TEXT NULL,
    note_sealed TEXT NULL,
    CONSTRAINT pk_incident_referral PRIMARY KEY (id),
    CONSTRAINT fk_incident_referral_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_referral_authority FOREIGN KEY (authority_id) REFERENCES incident_authority (id),
    CONSTRAINT ck_incident_referral_days CHECK (follow_up_days > 0)
);

CREATE INDEX IF NOT EXISTS ix_incident_referral_follow_up_on ON incident_referral (follow_up_on);

-- Messages between the reporter (through the receipt code) and the case's handlers. A reporter's message keeps
-- only its day.
CREATE TABLE IF NOT EXISTS incident_message (
    incident_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    from_reporter BOOLEAN NOT NULL,
    author_id TEXT NULL,
    written_on TEXT NOT NULL,
    body_sealed TEXT NOT NULL,
    CONSTRAINT pk_incident_message PRIMARY KEY (incident_id, position),
    CONSTRAINT fk_incident_message_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_message_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT ck_incident_message_author CHECK (from_reporter OR author_id IS NOT NULL)
);

-- The receipt code: 16 digits; the first four (lookup) narrow the search, the whole code is checked against a slow
-- salted hash (PBKDF2). The code itself is never stored.
CREATE TABLE IF NOT EXISTS incident_receipt (
    incident_id TEXT NOT NULL,
    lookup TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    CONSTRAINT pk_incident_receipt PRIMARY KEY (incident_id),
    CONSTRAINT fk_incident_receipt_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);

CREATE INDEX IF NOT EXISTS ix_incident_receipt_lookup ON incident_receipt (lookup);

-- Per group: the named case handlers (they see every incident's details, like its facilitators), whether the
-- group's own public report page is open, how long a closed case is kept, and the default follow-up period.
CREATE TABLE IF NOT EXISTS incident_settings (
    working_group_id TEXT NOT NULL,
    intake_open BOOLEAN NOT NULL DEFAULT FALSE,
    retention_days INTEGER NOT NULL DEFAULT 730,
    follow_up_days INTEGER NOT NULL DEFAULT 30,
    version INTEGER NOT NULL,
    CONSTRAINT pk_incident_settings PRIMARY KEY (working_group_id),
    CONSTRAINT fk_incident_settings_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT ck_incident_settings_days CHECK (retention_days > 0 AND follow_up_days > 0)
);

CREATE TABLE IF NOT EXISTS incident_handler (
    working_group_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    CONSTRAINT pk_incident_handler PRIMARY KEY (working_group_id, user_id),
    CONSTRAINT fk_incident_handler_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT fk_incident_handler_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

-- The chain incident → agenda → decision → action item: an agenda item, an action item or a commitment may name
-- the incident it deals with (written by their own grains).
ALTER TABLE agenda_item ADD COLUMN incident_id TEXT NULL REFERENCES incident (id);

ALTER TABLE action_item ADD COLUMN incident_id TEXT NULL REFERENCES incident (id);

ALTER TABLE commitment ADD COLUMN incident_id TEXT NULL REFERENCES incident (id);
