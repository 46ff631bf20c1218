-- The coordinators' mapping of other taxonomies' terms to Pomost topics
-- (branch hsds): a service imported with the term (taxonomy, code) in its
-- attributes is found under the topic. `taxonomy` is '' for terms that name
-- none. A term may lead to several topics.
CREATE TABLE term_topic (
    taxonomy TEXT NOT NULL,
    code TEXT NOT NULL,
    topic_code TEXT NOT NULL REFERENCES topic (code) ON DELETE CASCADE,
    PRIMARY KEY (taxonomy, code, topic_code)
) WITHOUT ROWID;
