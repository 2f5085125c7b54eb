-- 0015 versions on the rows people edit outside a grain (issue 11, section 9: two people editing the same thing).
-- 1. Every edit form carries the version it showed; saving over a newer one is refused, so a second person's save
--    never silently overwrites the first. Grain rows had a version already; organisation and reminder_rule did not.
-- 2. Existing rows start at 1. A group without a reminder_rule row reads as version 0 (the defaults), so the
--    first save inserts only if nobody inserted meanwhile.
ALTER TABLE organisation ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE reminder_rule ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
