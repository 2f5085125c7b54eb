-- 0016 record parts keep the order they were recorded in (issue 11, section 6).
-- 1. The record grain now reads its rows at every command, so publishing takes the meeting as it is. Two notes or
--    outcomes recorded within one clock tick came back ordered by their random ids; seq numbers a meeting's parts in
--    the order the grain wrote them (the grain is their only writer, so MAX + 1 in its transaction cannot race).
-- 2. Rows written before this migration keep seq 0 and stay ordered by created_at, id among themselves.
ALTER TABLE note ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;

ALTER TABLE outcome ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
