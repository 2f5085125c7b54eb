-- 0004 meetings: series, occurrences and their agendas.
-- 1. A meeting keeps its local start and end with the group's IANA time zone (what people agreed: "09:00 in
--    Bogotá") and the UTC instants computed from them (for ordering, overlap checks, reminders and calendars).
--    When tz rules change, the local time is the truth and the UTC columns are recomputed.
-- 2. A series stores its rule (weekly; monthly on the n-th weekday; quarterly), not its occurrences' times;
--    occurrences are materialised as meeting rows. series_slot is the occurrence's original local date in the
--    series: a stable identity even after that one occurrence is moved, so a series edit can find it.
-- 3. detached = 1 marks an occurrence edited on its own: "edit the rest of the series" leaves it alone, and no
--    series edit ever touches an occurrence that has already started (the grain enforces both).
-- 4. sequence is the iCalendar SEQUENCE: bumped on every change a calendar client must notice.
-- 5. agenda_item.status records whether an item was reached; items not reached (and open action items) are
--    offered to the next meeting's agenda; carried_from_id keeps the trail.
-- 6. ix_meeting_working_group_id_starts_utc serves the calendar, "upcoming" and the overlap warning.
CREATE TABLE IF NOT EXISTS meeting_series (
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
    created_at TEXT NOT NULL,
    CONSTRAINT pk_meeting_series PRIMARY KEY (id),
    CONSTRAINT fk_meeting_series_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT ck_meeting_series_rule CHECK (rule IN ('weekly', 'monthly_nth_weekday', 'quarterly')),
    CONSTRAINT ck_meeting_series_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_meeting_series_week_of_month CHECK (week_of_month IS NULL OR week_of_month IN (-1, 1, 2, 3, 4)),
    CONSTRAINT ck_meeting_series_duration CHECK (duration_minutes > 0)
);

CREATE TABLE IF NOT EXISTS meeting (
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
    created_at TEXT NOT NULL,
    CONSTRAINT pk_meeting PRIMARY KEY (id),
    CONSTRAINT fk_meeting_working_group FOREIGN KEY (working_group_id) REFERENCES working_group (id),
    CONSTRAINT fk_meeting_meeting_series FOREIGN KEY (series_id) REFERENCES meeting_series (id),
    CONSTRAINT ux_meeting_series_id_series_slot UNIQUE (series_id, series_slot),
    CONSTRAINT ck_meeting_status CHECK (status IN ('scheduled', 'cancelled')),
    CONSTRAINT ck_meeting_times CHECK (ends_utc > starts_utc)
);

CREATE INDEX IF NOT EXISTS ix_meeting_working_group_id_starts_utc ON meeting (working_group_id, starts_utc);

CREATE TABLE IF NOT EXISTS agenda_item (
    id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    presenter_user_id TEXT NULL,
    presenter_organisation_id TEXT NULL,
    minutes_allotted INTEGER NULL,
    status TEXT NOT NULL DEFAULT 'open',
    carried_from_id TEXT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT pk_agenda_item PRIMARY KEY (id),
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_agenda_item_user_account FOREIGN KEY (presenter_user_id) REFERENCES user_account (id),
    CONSTRAINT fk_agenda_item_organisation FOREIGN KEY (presenter_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_agenda_item_agenda_item FOREIGN KEY (carried_from_id) REFERENCES agenda_item (id),
    CONSTRAINT ck_agenda_item_status CHECK (status IN ('open', 'reached', 'not_reached')),
    CONSTRAINT ck_agenda_item_minutes CHECK (minutes_allotted IS NULL OR minutes_allotted > 0)
);

CREATE INDEX IF NOT EXISTS ix_agenda_item_meeting_id_position ON agenda_item (meeting_id, position);
