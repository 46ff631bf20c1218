-- What a publisher's HSDS gave beyond what Pomost models (branch hsds): the
-- service object as imported (JSON), and Pomost's own HSDS of the service
-- just after that import, which tells the export what was changed in Pomost
-- since. Both NULL for a service Pomost's own format describes entirely.
ALTER TABLE service ADD COLUMN hsds_raw TEXT;
ALTER TABLE service ADD COLUMN hsds_base TEXT;
