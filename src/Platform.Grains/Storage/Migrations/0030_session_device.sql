-- Own sessions (issue 16): a person sees where they are signed in and can end the sessions on other devices.
-- 1. device is a coarse description made at sign-in from the User-Agent header: a browser family and an operating
--    system family from a short fixed list ("Firefox/Android"), never versions and never the header itself, so the
--    row says no more about a device than a person needs to recognise it. The page translates it for the reader.
-- 2. NULL for sessions started before this migration and for headers that name nothing we know: "Unknown device".
-- 3. No new id for the page: it names a session by a hash derived from id_hash (SessionStore.HandleOf), so the stored
--    hash never reaches a page and existing rows need no backfill; the delete still checks the owner's user id.
ALTER TABLE user_session ADD COLUMN device TEXT NULL;
