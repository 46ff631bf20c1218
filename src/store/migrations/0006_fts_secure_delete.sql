-- FTS5's 'secure-delete' (words removed from the index at each delete) is
-- kept off: on 1 000 000 consultations it makes deleting 2 000 entries take
-- 19 s instead of 13 ms. A purge or an erasure instead rebuilds the index
-- ('optimize', 3.8 s at that size) when it has deleted entries, which removes
-- the deleted words from it for good.
INSERT INTO consultation_fts (consultation_fts, rank) VALUES ('secure-delete', 0);
