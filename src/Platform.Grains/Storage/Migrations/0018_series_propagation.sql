-- 0018 a series asks its occurrences' grains to change; it no longer writes their rows (issue 12).
-- 1. Each row has one owning grain: a meeting row is written only by its meeting grain, which keeps it in memory while
--    active. The series writes its own row and journal entry, then asks each occurrence in turn; that is no longer one
--    transaction, so both sides remember enough to finish (or repeat harmlessly) after a failure half-way.
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
