-- When a session's information (its dates above all) was last checked, as
-- YYYY-MM-DD; NULL when never (the shipped sessions: the screen marks them as
-- possibly out of date). Saving a session from the form sets it to that day.
ALTER TABLE session ADD COLUMN last_verified TEXT;
