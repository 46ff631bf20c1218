-- A service's texts in the clients' languages beyond Polish and English
-- (Ukrainian, Russian …), what its card shows in the client's language.
-- English stays in the `*_en` columns; this holds one row per text, field
-- and language, and a service's rows are replaced whenever it is written.
CREATE TABLE service_translation (
    service_id TEXT NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    field TEXT NOT NULL,   -- name, description, eligibility, application_process, fees
    lang TEXT NOT NULL,    -- ISO 639-1
    text TEXT NOT NULL,
    PRIMARY KEY (service_id, field, lang)
) WITHOUT ROWID;

-- The same for a session of the timetable (title, audience, theme). Written
-- with the shipped sessions; the session form does not show them and leaves
-- them as they are.
CREATE TABLE session_translation (
    session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    field TEXT NOT NULL,   -- title, audience, theme
    lang TEXT NOT NULL,    -- ISO 639-1
    text TEXT NOT NULL,
    PRIMARY KEY (session_id, field, lang)
) WITHOUT ROWID;
