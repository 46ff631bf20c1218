-- Deleting a consultation's full-text entry (a purge, an erasure, a
-- correction) removes its words from the index at once, instead of leaving
-- them in the index's pages until segments are merged.
INSERT INTO consultation_fts (consultation_fts, rank) VALUES ('secure-delete', 1);
