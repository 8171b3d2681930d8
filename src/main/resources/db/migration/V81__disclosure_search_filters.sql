-- the public search checks its filters and longer words without reading the decision rows:
-- each published decision's agency and category become postings of their own ('@a' and '@c' with
-- the first 30 characters; nothing in a searchable text holds '@'), and its searchable text is kept
-- alone by sort key in disclosure_search (rows exist only while the decision is published, as
-- postings do). Both are derived from the published decisions here; the sort key is
-- (year * 10000 + month * 100 + day of decided_on) * 2^35 + id, as in SearchIndex.
CREATE TABLE disclosure_search (
    sort_key     BIGINT  NOT NULL PRIMARY KEY,
    search_text  TEXT    NOT NULL
);

INSERT INTO disclosure_search (sort_key, search_text)
SELECT (EXTRACT(YEAR FROM decided_on) * 10000 + EXTRACT(MONTH FROM decided_on) * 100 + EXTRACT(DAY FROM decided_on)) * 34359738368 + id,
       COALESCE(search_text, '')
FROM disclosure WHERE status = 'PUBLISHED' ORDER BY id;

INSERT INTO disclosure_posting (term, sort_key)
SELECT CONCAT('@a', SUBSTRING(agency, 1, 30)), (EXTRACT(YEAR FROM decided_on) * 10000 + EXTRACT(MONTH FROM decided_on) * 100 + EXTRACT(DAY FROM decided_on)) * 34359738368 + id
FROM disclosure WHERE status = 'PUBLISHED' ORDER BY id;

INSERT INTO disclosure_posting (term, sort_key)
SELECT CONCAT('@c', SUBSTRING(category, 1, 30)), (EXTRACT(YEAR FROM decided_on) * 10000 + EXTRACT(MONTH FROM decided_on) * 100 + EXTRACT(DAY FROM decided_on)) * 34359738368 + id
FROM disclosure WHERE status = 'PUBLISHED' ORDER BY id;
