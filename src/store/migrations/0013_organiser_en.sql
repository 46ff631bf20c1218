-- A session's organiser in English, beside the Polish name (as title_en,
-- audience_en and theme_en are); NULL when not translated. The organiser in
-- the clients' other languages is in session_translation (field `organiser`).
ALTER TABLE session ADD COLUMN organiser_en TEXT;

-- The shipped sessions' organisers (data/sessions.json), for a database made
-- before this migration: matched by the exact Polish name, so a session whose
-- organiser was changed keeps no stale translation.
CREATE TEMP TABLE organiser_name (pl TEXT PRIMARY KEY, en TEXT NOT NULL, uk TEXT NOT NULL);
INSERT INTO organiser_name VALUES
    ('Urząd Marszałkowski Województwa Pomorskiego i Obszar Metropolitalny Gdańsk-Gdynia-Sopot, projekt EPIC',
     'Marshal''s Office of the Pomorskie Voivodeship and the Gdańsk-Gdynia-Sopot Metropolitan Area, EPIC project',
     'Маршалківське управління Поморського воєводства та Метрополійна територія Гданськ-Гдиня-Сопот, проєкт EPIC'),
    ('Urząd Miejski w Gdańsku (Prezydent Miasta Gdańska)',
     'Gdańsk City Hall (Mayor of Gdańsk)',
     'Міська управа Гданська (мер Гданська)'),
    ('Wielkopolska Rada Koordynacyjna Związek Organizacji Pozarządowych we współpracy z Polskim Forum Migracyjnym',
     'Wielkopolska Coordinating Council – Union of NGOs, with the Polish Migration Forum',
     'Великопольська координаційна рада – Союз неурядових організацій, у співпраці з Польським міграційним форумом');
UPDATE session SET organiser_en = (SELECT en FROM organiser_name WHERE pl = session.organiser)
    WHERE organiser IN (SELECT pl FROM organiser_name);
INSERT OR IGNORE INTO session_translation (session_id, field, lang, text)
    SELECT s.id, 'organiser', 'uk', n.uk FROM session s JOIN organiser_name n ON n.pl = s.organiser;
DROP TABLE organiser_name;
