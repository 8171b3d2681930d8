-- H2: the archive packages refuse UPDATE and DELETE (org.sanxiang.record.AppendOnlyTrigger).
CREATE TRIGGER archive_package_append_only BEFORE UPDATE, DELETE ON archive_package FOR EACH ROW CALL 'org.sanxiang.record.AppendOnlyTrigger';
