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

-- An opening-hours note in English (HSDS `translations.en.description` of a
-- schedule); NULL when not translated. The shipped notes (data/services.json)
-- are translated here for a database made before this migration, by the
-- schedule's id and only where the Polish note is still the shipped one.
ALTER TABLE service_schedule ADD COLUMN note_en TEXT;
CREATE TEMP TABLE schedule_note (id TEXT PRIMARY KEY, pl TEXT NOT NULL, en TEXT NOT NULL);
INSERT INTO schedule_note VALUES
    ('1c308e62-8f4f-5e67-a2b6-2e5ac666fc6f',
     'Psycholodzy i terapeuci; temat: jak wspierać uchodźców.',
     'Psychologists and therapists; topic: how to support refugees.'),
    ('a0ed9c0d-70db-5e7c-b9ae-36eaa020e946',
     'Pracownicy instytucji kultury; temat: tworzenie bezpiecznych miejsc dla uchodźców.',
     'Staff of culture institutions; topic: creating safe places for refugees.'),
    ('cfca2d17-4108-5d9d-a15b-d54fcb41da42',
     'Pracownicy socjalni i wolontariusze; temat: jak wspierać uchodźców.',
     'Social workers and volunteers; topic: how to support refugees.'),
    ('2a411f4e-76c1-5feb-a7bb-d2cb31fde8fc',
     'Mieszkańcy, którzy przyjęli pod swój dach uchodźców wojennych; prowadzi psycholożka Hanna Hakiel.',
     'Residents who have taken war refugees into their homes; led by psychologist Hanna Hakiel.'),
    ('8ad54e51-cdf2-57a8-bf4e-c3c10b83b2e7',
     'Doradcy zawodowi; temat: jak wspierać uchodźców.',
     'Career advisors; topic: how to support refugees.');
UPDATE service_schedule SET note_en = (SELECT en FROM schedule_note WHERE id = service_schedule.id)
    WHERE EXISTS (SELECT 1 FROM schedule_note n WHERE n.id = service_schedule.id AND n.pl = service_schedule.note);
DROP TABLE schedule_note;
