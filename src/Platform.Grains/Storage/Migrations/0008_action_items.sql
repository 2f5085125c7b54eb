-- 0008 action items: who does what by when, and the trail of progress.
-- 1. An item is owned by a person, an organisation, or both: "the police district" may own one with no person.
--    owner_organisation_id is the organisation the owner acts for in the group.
-- 2. due_date is a local date in the group's time zone (no time of day): "overdue" is decided against today there.
-- 3. meeting_id / outcome_id / agenda_item_id keep where an item came from (a follow-up outcome), when it did.
-- 4. action_item_update is append-only: each progress comment, with the status change it made (from/to) and an
--    optional evidence link (http/https only, checked by the grain).
-- 5. ix_action_item_working_group_id_status serves the board and the carry-forward backlog;
--    ix_action_item_owner_user_id serves "my action items".
CREATE TABLE IF NOT EXISTS action_item (
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
    updated_at TEXT NOT NULL,
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

CREATE INDEX IF NOT EXISTS ix_action_item_working_group_id_status ON action_item (working_group_id, status);
CREATE INDEX IF NOT EXISTS ix_action_item_owner_user_id ON action_item (owner_user_id);
CREATE INDEX IF NOT EXISTS ix_action_item_owner_organisation_id ON action_item (owner_organisation_id);

CREATE TABLE IF NOT EXISTS action_item_update (
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

CREATE INDEX IF NOT EXISTS ix_action_item_update_action_item_id ON action_item_update (action_item_id, created_at);
