-- the search index of published decisions, ordered like the results (newest decision first): each
-- term (a character bigram of the searchable text, a word's last character, or "#" and a whole run of
-- letters and digits such as a 文号's number) with the decision's sort key
-- ((year * 10000 + month * 100 + day of decided_on) * 2^35 + id), so that a search reads each term's
-- postings newest-first and stops at its page; rows exist only while the decision is published.
-- Filled from the published decisions when the application starts (SearchIndexUpgrade), as
-- disclosure_index_state records; replaces disclosure_gram.
CREATE TABLE disclosure_posting (
    term      VARCHAR(32)  NOT NULL,
    sort_key  BIGINT       NOT NULL,
    PRIMARY KEY (term, sort_key)
);
CREATE INDEX ix_disclosure_posting_owner ON disclosure_posting (sort_key);

CREATE TABLE disclosure_index_state (
    id       INT      NOT NULL PRIMARY KEY,
    indexed  BOOLEAN  NOT NULL
);
INSERT INTO disclosure_index_state (id, indexed) VALUES (1, FALSE);

DROP TABLE disclosure_gram;
