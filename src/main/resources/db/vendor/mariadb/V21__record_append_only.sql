-- MariaDB: the full-process record's tables refuse UPDATE and DELETE (SQLSTATE 45000).
CREATE TRIGGER record_entry_no_update BEFORE UPDATE ON record_entry FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: UPDATE on record_entry refused (full-process record)';
CREATE TRIGGER record_entry_no_delete BEFORE DELETE ON record_entry FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: DELETE on record_entry refused (full-process record)';
CREATE TRIGGER record_leaf_no_update BEFORE UPDATE ON record_leaf FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: UPDATE on record_leaf refused (full-process record)';
CREATE TRIGGER record_leaf_no_delete BEFORE DELETE ON record_leaf FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: DELETE on record_leaf refused (full-process record)';
CREATE TRIGGER record_node_no_update BEFORE UPDATE ON record_node FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: UPDATE on record_node refused (full-process record)';
CREATE TRIGGER record_node_no_delete BEFORE DELETE ON record_node FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: DELETE on record_node refused (full-process record)';
CREATE TRIGGER record_checkpoint_no_update BEFORE UPDATE ON record_checkpoint FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: UPDATE on record_checkpoint refused (full-process record)';
CREATE TRIGGER record_checkpoint_no_delete BEFORE DELETE ON record_checkpoint FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: DELETE on record_checkpoint refused (full-process record)';
