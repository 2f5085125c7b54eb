CREATE INDEX ix_action_item_due_date ON action_item (due_date);

CREATE INDEX ix_action_item_escalation_working_group_id ON action_item_escalation (working_group_id);

CREATE INDEX ix_action_item_owner_organisation_id ON action_item (owner_organisation_id);

CREATE INDEX ix_action_item_owner_user_id ON action_item (owner_user_id);

CREATE INDEX ix_action_item_status_created_at ON action_item (status, created_at);

CREATE INDEX ix_action_item_status_due_date ON action_item (status, due_date);

CREATE INDEX ix_action_item_update_action_item_id ON action_item_update (action_item_id, created_at);

CREATE INDEX ix_action_item_update_action_item_id_status_to ON action_item_update (action_item_id, status_to, created_at);

CREATE INDEX ix_action_item_working_group_id_created_at ON action_item (working_group_id, created_at, status, due_date, updated_at, id);

CREATE INDEX ix_action_item_working_group_id_status ON action_item (working_group_id, status);

CREATE INDEX ix_agenda_item_meeting_id_position ON agenda_item (meeting_id, position);

CREATE INDEX ix_attendance_meeting_id_status ON attendance (meeting_id, status, user_id, organisation_id);

CREATE INDEX ix_commitment_evidence_commitment_id ON commitment_evidence (commitment_id);

CREATE INDEX ix_commitment_organisation_id ON commitment (organisation_id);

CREATE INDEX ix_commitment_working_group_id ON commitment (working_group_id);

CREATE INDEX ix_incident_alleged_organisation_id ON incident_alleged (organisation_id);

CREATE INDEX ix_incident_authority_working_group_id ON incident_authority (working_group_id);

CREATE INDEX ix_incident_evidence_incident_id ON incident_evidence (incident_id);

CREATE INDEX ix_incident_identity_incident_id ON incident_identity (incident_id);

CREATE INDEX ix_incident_receipt_lookup ON incident_receipt (lookup);

CREATE INDEX ix_incident_referral_follow_up_on ON incident_referral (follow_up_on);

CREATE INDEX ix_incident_working_group_id_status ON incident (working_group_id, status);

CREATE INDEX ix_journal_entry_working_group_id_seq
    ON journal_entry (working_group_id, seq);

CREATE INDEX ix_mail_outbox_next_attempt_at ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;

CREATE INDEX ix_mail_request_pending ON mail_request (journal_seq) WHERE done_at IS NULL;

CREATE INDEX ix_meeting_invitations_due ON meeting (invitations_due_at);

CREATE INDEX ix_meeting_response_user_id ON meeting_response (user_id);

CREATE INDEX ix_meeting_starts_utc ON meeting (starts_utc);

CREATE INDEX ix_meeting_working_group_id_starts_utc ON meeting (working_group_id, starts_utc);

CREATE INDEX ix_meeting_working_group_id_starts_utc_status ON meeting (working_group_id, starts_utc, status, id);

CREATE INDEX ix_membership_organisation_id ON membership (organisation_id);

CREATE INDEX ix_membership_user_id ON membership (user_id);

CREATE INDEX ix_note_meeting_id ON note (meeting_id);

CREATE INDEX ix_notification_user_id_read_at ON notification (user_id, read_at);

CREATE INDEX ix_outcome_meeting_id ON outcome (meeting_id);

CREATE INDEX ix_outcome_meeting_id_kind ON outcome (meeting_id, kind);

CREATE INDEX ix_record_revision_published_at ON record_revision (published_at);

CREATE INDEX ix_user_account_id_gender ON user_account (id, gender);

CREATE INDEX ix_user_login_user_id ON user_login (user_id);

CREATE INDEX ix_user_role_role ON user_role (role);

CREATE INDEX ix_user_session_last_seen_at ON user_session (last_seen_at);

CREATE INDEX ix_user_session_user_id ON user_session (user_id);

CREATE UNIQUE INDEX ux_attendance_meeting_id_user_id ON attendance (meeting_id, user_id);

CREATE UNIQUE INDEX ux_calendar_subscription_user_id_active
    ON calendar_subscription (user_id)
    WHERE revoked_at IS NULL;

CREATE UNIQUE INDEX ux_notification_user_id_dedupe_key ON notification (user_id, dedupe_key);

CREATE TABLE action_item (
    id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NULL,
    owner_user_id TEXT NULL,
    owner_organisation_id TEXT NULL,
    due_date TEXT NULL,
    priority TEXT NOT NULL DEFAULT 'normal',
    status TEXT NOT NULL DEFAULT 'open',
    meeting_id TEXT NULL,
    outcome_id TEXT NULL,
    agenda_item_id TEXT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, incident_id TEXT NULL REFERENCES incident (id),
    CONSTRAINT pk_action_item PRIMARY KEY (id),
    CONSTRAINT fk_action_item_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT fk_action_item_owner_user FOREIGN KEY (owner_user_id) REFERENCES user_account (id),
    CONSTRAINT fk_action_item_owner_organisation FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_action_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_action_item_outcome FOREIGN KEY (outcome_id) REFERENCES outcome (id),
    CONSTRAINT fk_action_item_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT ck_action_item_priority CHECK (priority IN ('low', 'normal', 'high')),
    CONSTRAINT ck_action_item_status CHECK (status IN ('open', 'in_progress', 'blocked', 'done', 'cancelled'))
);

CREATE TABLE action_item_escalation (
    id TEXT NOT NULL,
    action_item_id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    basis TEXT NOT NULL,
    escalated_at TEXT NOT NULL,
    CONSTRAINT pk_action_item_escalation PRIMARY KEY (id),
    CONSTRAINT fk_action_item_escalation_action_item FOREIGN KEY (action_item_id) REFERENCES action_item (id),
    CONSTRAINT fk_action_item_escalation_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT ux_action_item_escalation_action_item_id_reason_basis UNIQUE (action_item_id, reason, basis),
    CONSTRAINT ck_action_item_escalation_reason CHECK (reason IN ('overdue', 'stale'))
);

CREATE TABLE action_item_update (
    id TEXT NOT NULL,
    action_item_id TEXT NOT NULL,
    text TEXT NOT NULL,
    status_from TEXT NULL,
    status_to TEXT NULL,
    evidence_link TEXT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT pk_action_item_update PRIMARY KEY (id),
    CONSTRAINT fk_action_item_update_action_item FOREIGN KEY (action_item_id) REFERENCES action_item (id),
    CONSTRAINT fk_action_item_update_created_by FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT ck_action_item_update_status_change CHECK ((status_from IS NULL) = (status_to IS NULL))
);

CREATE TABLE agenda_item (
    id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    presenter_user_id TEXT NULL,
    presenter_organisation_id TEXT NULL,
    minutes_allotted INTEGER NULL,
    status TEXT NOT NULL DEFAULT 'open',
    carried_from_id TEXT NULL,
    created_at TEXT NOT NULL, incident_id TEXT NULL REFERENCES incident (id), general BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_agenda_item PRIMARY KEY (id),
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_agenda_item_user_account FOREIGN KEY (presenter_user_id) REFERENCES user_account (id),
    CONSTRAINT fk_agenda_item_organisation FOREIGN KEY (presenter_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_agenda_item_agenda_item FOREIGN KEY (carried_from_id) REFERENCES agenda_item (id),
    CONSTRAINT ck_agenda_item_status CHECK (status IN ('open', 'reached', 'not_reached')),
    CONSTRAINT ck_agenda_item_minutes CHECK (minutes_allotted IS NULL OR minutes_allotted > 0)
);

CREATE TABLE agenda_item_progress (
    agenda_item_id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    status TEXT NOT NULL,
    CONSTRAINT pk_agenda_item_progress PRIMARY KEY (agenda_item_id),
    CONSTRAINT fk_agenda_item_progress_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_agenda_item_progress_status CHECK (status IN ('reached', 'not_reached'))
);

CREATE TABLE attendance (
    id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    user_id TEXT NULL,
    organisation_id TEXT NULL,
    guest_name TEXT NULL,
    guest_organisation TEXT NULL,
    status TEXT NOT NULL,
    CONSTRAINT pk_attendance PRIMARY KEY (id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendance_user_account FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_attendance_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_attendance_status CHECK (status IN ('present', 'apologies', 'absent')),
    CONSTRAINT ck_attendance_person CHECK ((user_id IS NOT NULL) OR (guest_name IS NOT NULL))
);

CREATE TABLE calendar_subscription (
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT NULL,
    CONSTRAINT pk_calendar_subscription PRIMARY KEY (id),
    CONSTRAINT fk_calendar_subscription_user_account FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT ux_calendar_subscription_token_hash UNIQUE (token_hash)
);

CREATE TABLE cluster_member (
    cluster_id TEXT NOT NULL,
    silo TEXT NOT NULL,
    etag INTEGER NOT NULL,
    status TEXT NOT NULL,
    silo_name TEXT NOT NULL,
    host_name TEXT NOT NULL,
    proxy_port INTEGER NOT NULL,
    suspect_times TEXT NOT NULL,
    started_at TEXT NOT NULL,
    i_am_alive_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT pk_cluster_member PRIMARY KEY (cluster_id, silo),
    CONSTRAINT fk_cluster_member_cluster_version FOREIGN KEY (cluster_id) REFERENCES cluster_version (cluster_id) ON DELETE CASCADE
);

CREATE TABLE cluster_version (
    cluster_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    etag INTEGER NOT NULL,
    CONSTRAINT pk_cluster_version PRIMARY KEY (cluster_id)
);

CREATE TABLE commitment (
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
    updated_at TEXT NOT NULL, incident_id TEXT NULL REFERENCES incident (id),
    CONSTRAINT pk_commitment PRIMARY KEY (id),
    CONSTRAINT fk_commitment_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT fk_commitment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_commitment_verified_by FOREIGN KEY (verified_by) REFERENCES user_account (id),
    CONSTRAINT ck_commitment_standard CHECK (standard IN ('voluntary_principles', 'icoc', 'oecd_due_diligence', 'craft', 'fairmined', 'other')),
    CONSTRAINT ck_commitment_status CHECK (status IN ('on_track', 'at_risk', 'off_track', 'fulfilled', 'withdrawn')),
    CONSTRAINT ck_commitment_verified CHECK ((verified_by IS NULL) = (verified_at IS NULL))
);

CREATE TABLE commitment_evidence (
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

CREATE TABLE commitment_milestone (
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

CREATE TABLE data_protection_key (
    name TEXT NOT NULL,
    xml TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT pk_data_protection_key PRIMARY KEY (name)
);

CREATE TABLE digest_preference (
    user_id TEXT NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    weekday INTEGER NOT NULL DEFAULT 1,
    hour INTEGER NOT NULL DEFAULT 8,
    CONSTRAINT pk_digest_preference PRIMARY KEY (user_id),
    CONSTRAINT fk_digest_preference_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_digest_preference_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_digest_preference_hour CHECK (hour BETWEEN 0 AND 23)
);

CREATE TABLE donor_portfolio (
    user_id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    added_at TEXT NOT NULL,
    CONSTRAINT pk_donor_portfolio PRIMARY KEY (user_id, working_group_id),
    CONSTRAINT fk_donor_portfolio_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_donor_portfolio_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id)
);

CREATE TABLE incident (
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

CREATE TABLE incident_alleged (
    incident_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    organisation_id TEXT NULL,
    stakeholder_type TEXT NOT NULL,
    CONSTRAINT pk_incident_alleged PRIMARY KEY (incident_id, position),
    CONSTRAINT fk_incident_alleged_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_alleged_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE incident_authority (
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

CREATE TABLE incident_evidence (
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

CREATE TABLE incident_handler (
    working_group_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    CONSTRAINT pk_incident_handler PRIMARY KEY (working_group_id, user_id),
    CONSTRAINT fk_incident_handler_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT fk_incident_handler_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE incident_identity (
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

CREATE TABLE incident_key (
    incident_id TEXT NOT NULL,
    wrapped TEXT NOT NULL,
    CONSTRAINT pk_incident_key PRIMARY KEY (incident_id),
    CONSTRAINT fk_incident_key_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);

CREATE TABLE incident_message (
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

CREATE TABLE incident_receipt (
    incident_id TEXT NOT NULL,
    lookup TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    CONSTRAINT pk_incident_receipt PRIMARY KEY (incident_id),
    CONSTRAINT fk_incident_receipt_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);

CREATE TABLE incident_referral (
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

CREATE TABLE incident_settings (
    working_group_id TEXT NOT NULL,
    intake_open BOOLEAN NOT NULL DEFAULT FALSE,
    retention_days INTEGER NOT NULL DEFAULT 730,
    follow_up_days INTEGER NOT NULL DEFAULT 30,
    version INTEGER NOT NULL,
    CONSTRAINT pk_incident_settings PRIMARY KEY (working_group_id),
    CONSTRAINT fk_incident_settings_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT ck_incident_settings_days CHECK (retention_days > 0 AND follow_up_days > 0)
);

CREATE TABLE incident_step (
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

CREATE TABLE invitation_membership (
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

CREATE TABLE mail_outbox (
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
    last_error TEXT NULL, attachment_name TEXT NULL, attachment_type TEXT NULL, attachment_content TEXT NULL,
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    CONSTRAINT fk_mail_outbox_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT fk_mail_outbox_notification FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE SET NULL,
    CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0)
);

CREATE TABLE mail_request (
    journal_seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    done_at TEXT NULL,
    CONSTRAINT pk_mail_request PRIMARY KEY (journal_seq),
    CONSTRAINT fk_mail_request_journal_entry FOREIGN KEY (journal_seq) REFERENCES journal_entry (seq)
);

CREATE TABLE meeting (
    id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    series_id TEXT NULL,
    series_slot TEXT NULL,
    title TEXT NOT NULL,
    starts_local TEXT NOT NULL,
    ends_local TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    starts_utc TEXT NOT NULL,
    ends_utc TEXT NOT NULL,
    place TEXT NULL,
    online_link TEXT NULL,
    status TEXT NOT NULL DEFAULT 'scheduled',
    detached BOOLEAN NOT NULL DEFAULT FALSE,
    sequence INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL, series_version INTEGER NULL, invitations_sent_at TEXT NULL, invitations_due_at TEXT NULL, invitations_due_by TEXT NULL,
    CONSTRAINT pk_meeting PRIMARY KEY (id),
    CONSTRAINT fk_meeting_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT fk_meeting_meeting_series FOREIGN KEY (series_id) REFERENCES meeting_series (id),
    CONSTRAINT ux_meeting_series_id_series_slot UNIQUE (series_id, series_slot),
    CONSTRAINT ck_meeting_status CHECK (status IN ('scheduled', 'cancelled')),
    CONSTRAINT ck_meeting_times CHECK (ends_utc > starts_utc)
);

CREATE TABLE meeting_record (
    meeting_id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT pk_meeting_record PRIMARY KEY (meeting_id),
    CONSTRAINT fk_meeting_record_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_record_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id)
);

CREATE TABLE meeting_response (
    meeting_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    response TEXT NOT NULL,
    delegate_user_id TEXT NULL,
    responded_at TEXT NOT NULL,
    CONSTRAINT pk_meeting_response PRIMARY KEY (meeting_id, user_id),
    CONSTRAINT fk_meeting_response_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_response_user_account FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_meeting_response_delegate FOREIGN KEY (delegate_user_id) REFERENCES user_account (id),
    CONSTRAINT ck_meeting_response_response CHECK (response IN ('attending', 'not_attending', 'maybe'))
);

CREATE TABLE meeting_series (
    id TEXT NOT NULL,
    working_group_id TEXT NOT NULL,
    title TEXT NOT NULL,
    rule TEXT NOT NULL,
    weekday INTEGER NOT NULL,
    week_of_month INTEGER NULL,
    start_time_local TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    first_date TEXT NOT NULL,
    until_date TEXT NULL,
    place TEXT NULL,
    online_link TEXT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL, change_kind TEXT NOT NULL DEFAULT 'created' CHECK (change_kind IN ('created', 'edited', 'cancelled')), change_from TEXT NULL, settled_version INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT pk_meeting_series PRIMARY KEY (id),
    CONSTRAINT fk_meeting_series_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT ck_meeting_series_rule CHECK (rule IN ('weekly', 'monthly_nth_weekday', 'quarterly')),
    CONSTRAINT ck_meeting_series_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_meeting_series_week_of_month CHECK (week_of_month IS NULL OR week_of_month IN (-1, 1, 2, 3, 4)),
    CONSTRAINT ck_meeting_series_duration CHECK (duration_minutes > 0)
);

CREATE TABLE membership (
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

CREATE TABLE note (
    id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    agenda_item_id TEXT NOT NULL,
    text TEXT NOT NULL,
    restricted BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT pk_note PRIMARY KEY (id),
    CONSTRAINT fk_note_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_note_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id)
);

CREATE TABLE notification (
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    working_group_id TEXT NULL,
    kind TEXT NOT NULL,
    message_key TEXT NOT NULL,
    arguments TEXT NOT NULL DEFAULT '[]',
    link TEXT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT NULL, dedupe_key TEXT NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id)
);

CREATE TABLE notification_preference (
    user_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    email BOOLEAN NOT NULL,
    CONSTRAINT pk_notification_preference PRIMARY KEY (user_id, kind),
    CONSTRAINT fk_notification_preference_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE TABLE organisation (
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    normalized_name TEXT NOT NULL,
    stakeholder_type TEXT NOT NULL,
    country TEXT NOT NULL,
    description TEXT NULL,
    website TEXT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NULL, version INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT ux_organisation_normalized_name_country UNIQUE (normalized_name, country),
    CONSTRAINT fk_organisation_user_account FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT ck_organisation_stakeholder_type CHECK (stakeholder_type IN (
        'large_scale_mining', 'asm_organisation', 'community', 'civil_society', 'national_government',
        'local_government', 'public_security_police', 'public_security_military', 'private_security',
        'oversight_body', 'international_partner', 'donor', 'standards_body', 'academic'))
);

CREATE TABLE outcome (
    id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    agenda_item_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    decision_number INTEGER NULL,
    text TEXT NOT NULL,
    restricted BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT pk_outcome PRIMARY KEY (id),
    CONSTRAINT fk_outcome_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_outcome_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT ux_outcome_meeting_id_decision_number UNIQUE (meeting_id, decision_number),
    CONSTRAINT ck_outcome_kind CHECK (kind IN ('information', 'decision', 'follow_up')),
    CONSTRAINT ck_outcome_decision_number CHECK ((kind = 'decision') = (decision_number IS NOT NULL))
);

CREATE TABLE record_acknowledgement (
    meeting_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    acknowledged_at TEXT NOT NULL,
    CONSTRAINT pk_record_acknowledgement PRIMARY KEY (meeting_id, revision, user_id),
    CONSTRAINT fk_record_acknowledgement_record_revision FOREIGN KEY (meeting_id, revision) REFERENCES record_revision (meeting_id, revision),
    CONSTRAINT fk_record_acknowledgement_user_account FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE record_revision (
    meeting_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    reason TEXT NULL,
    snapshot TEXT NOT NULL,
    CONSTRAINT pk_record_revision PRIMARY KEY (meeting_id, revision),
    CONSTRAINT fk_record_revision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_record_revision_user_account FOREIGN KEY (published_by) REFERENCES user_account (id)
);

CREATE TABLE recovery_code (
    user_id TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT pk_recovery_code PRIMARY KEY (user_id, code_hash),
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE reminder_rule (
    working_group_id TEXT NOT NULL,
    meeting_offsets TEXT NOT NULL DEFAULT '2880,120',
    action_days_before INTEGER NOT NULL DEFAULT 3,
    overdue_days INTEGER NOT NULL DEFAULT 7,
    stale_days INTEGER NOT NULL DEFAULT 14,
    updated_by TEXT NULL,
    updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT pk_reminder_rule PRIMARY KEY (working_group_id),
    CONSTRAINT fk_reminder_rule_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT fk_reminder_rule_updated_by FOREIGN KEY (updated_by) REFERENCES user_account (id),
    CONSTRAINT ck_reminder_rule_action_days_before CHECK (action_days_before BETWEEN 0 AND 60),
    CONSTRAINT ck_reminder_rule_overdue_days CHECK (overdue_days BETWEEN 1 AND 365),
    CONSTRAINT ck_reminder_rule_stale_days CHECK (stale_days BETWEEN 1 AND 365)
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
    created_at TEXT NOT NULL, two_factor_enabled BOOLEAN NOT NULL DEFAULT FALSE, authenticator_key TEXT NULL, authenticator_last_step BIGINT NOT NULL DEFAULT 0, two_step_grace_until TEXT NULL, deactivated_at TEXT NULL, last_signed_in_at TEXT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT ux_user_account_normalized_email UNIQUE (normalized_email),
    CONSTRAINT ck_user_account_preferred_language CHECK (preferred_language IN ('en', 'es', 'fr')),
    CONSTRAINT ck_user_account_gender CHECK (gender IN ('woman', 'man', 'self_described', 'prefer_not_to_say'))
);

CREATE TABLE user_login (
    login_provider TEXT NOT NULL,
    provider_key TEXT NOT NULL,
    provider_display_name TEXT NULL,
    user_id TEXT NOT NULL,
    linked_at TEXT NOT NULL,
    CONSTRAINT pk_user_login PRIMARY KEY (login_provider, provider_key),
    CONSTRAINT fk_user_login_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE TABLE user_role (
    user_id TEXT NOT NULL,
    role TEXT NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_role_role CHECK (role IN ('administrator', 'donor'))
);

CREATE TABLE user_session (
    id_hash TEXT NOT NULL,
    user_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL, device TEXT NULL,
    CONSTRAINT pk_user_session PRIMARY KEY (id_hash),
    CONSTRAINT fk_user_session_user_account FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE TABLE working_group (
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

