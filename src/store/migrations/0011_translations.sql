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
