-- Whether the client needed an interpreter, and in which language: the ISO
-- 639-1 code, or NULL when none was needed (every consultation logged before
-- this column existed reads as "not needed").
ALTER TABLE consultation ADD COLUMN interpreter TEXT;
