-- A series change is committed first and then reaches its occurrences one meeting grain at a time (0018). When the
-- host stops half-way, the rest waited for the series' next command, which may never come. settled_version is the
-- series version every occurrence has been asked about; a series behind it is finished when a host starts.
-- Written only by the series grain, after its occurrences; not journalled (bookkeeping, not a change anyone made).
ALTER TABLE meeting_series ADD COLUMN settled_version INTEGER NOT NULL DEFAULT 0;

-- Existing series finished every change inside the command that made it (the series grain waited for its occurrences).
UPDATE meeting_series SET settled_version = version;
