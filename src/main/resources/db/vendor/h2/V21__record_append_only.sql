-- H2: the full-process record's tables refuse UPDATE and DELETE (org.sanxiang.record.AppendOnlyTrigger).
CREATE TRIGGER record_entry_append_only BEFORE UPDATE, DELETE ON record_entry FOR EACH ROW CALL 'org.sanxiang.record.AppendOnlyTrigger';
CREATE TRIGGER record_leaf_append_only BEFORE UPDATE, DELETE ON record_leaf FOR EACH ROW CALL 'org.sanxiang.record.AppendOnlyTrigger';
CREATE TRIGGER record_node_append_only BEFORE UPDATE, DELETE ON record_node FOR EACH ROW CALL 'org.sanxiang.record.AppendOnlyTrigger';
CREATE TRIGGER record_checkpoint_append_only BEFORE UPDATE, DELETE ON record_checkpoint FOR EACH ROW CALL 'org.sanxiang.record.AppendOnlyTrigger';
