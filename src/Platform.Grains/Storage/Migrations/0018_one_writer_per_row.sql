-- 0018 each row has one writer, its owning grain (issue 12); grains keep their state in memory while active.
-- 1. A meeting row is written only by its meeting grain: the series writes its own row and journal entry, then asks
--    each occurrence in turn. That is no longer one transaction, so both sides remember enough to finish (or repeat
--    harmlessly) after a failure half-way.
-- 2. meeting.series_version: the series version this occurrence last took. A meeting asked again for a version it
--    already has changes nothing, so no change is applied twice.
-- 3. meeting_series.change_kind and change_from: what the series' current version asks of its occurrences (created,
--    edited or cancelled from that slot on). The series finishes it before its next command.
-- 4. Existing occurrences took their series' current version in the same transaction as the series row.
ALTER TABLE meeting ADD COLUMN series_version INTEGER NULL;

ALTER TABLE meeting_series ADD COLUMN change_kind TEXT NOT NULL DEFAULT 'created' CHECK (change_kind IN ('created', 'edited', 'cancelled'));

ALTER TABLE meeting_series ADD COLUMN change_from TEXT NULL;

UPDATE meeting
SET series_version = (SELECT s.version FROM meeting_series s WHERE s.id = meeting.series_id)
WHERE series_id IS NOT NULL;

-- 5. agenda_item_progress: whether the meeting reached an agenda item belongs to running it (its record), not to
--    planning it. The record grain wrote agenda_item.status in rows the meeting grain owns; it now writes its own
--    row here, and the meeting's agenda carries no status. agenda_item.status is neither read nor written any more
--    and goes back to its default (SQLite cannot drop a column a table CHECK names).
-- 6. No foreign key to agenda_item: the meeting grain may remove an item the record marked without writing the
--    record's rows (as before, when the mark went with the item). Readers join from agenda_item, so a mark left
--    behind is never shown.
CREATE TABLE IF NOT EXISTS agenda_item_progress (
    agenda_item_id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    status TEXT NOT NULL,
    CONSTRAINT pk_agenda_item_progress PRIMARY KEY (agenda_item_id),
    CONSTRAINT fk_agenda_item_progress_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_agenda_item_progress_status CHECK (status IN ('reached', 'not_reached'))
);

INSERT INTO agenda_item_progress (agenda_item_id, meeting_id, status)
SELECT id, meeting_id, status
FROM agenda_item
WHERE status <> 'open';

UPDATE agenda_item
SET status = 'open'
WHERE status <> 'open';
