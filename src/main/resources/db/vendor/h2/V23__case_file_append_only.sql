-- H2: the case file refuses UPDATE and DELETE (org.sanxiang.record.AppendOnlyTrigger).
CREATE TRIGGER case_file_append_only BEFORE UPDATE, DELETE ON case_file FOR EACH ROW CALL 'org.sanxiang.record.AppendOnlyTrigger';
