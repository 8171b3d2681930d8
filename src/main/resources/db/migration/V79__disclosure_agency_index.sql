-- the public search by agency without a keyword reads the agency's published decisions newest first
-- (as ix_disclosure_public and ix_disclosure_category do for all and for a category)
CREATE INDEX ix_disclosure_agency ON disclosure (status, agency, decided_on);
