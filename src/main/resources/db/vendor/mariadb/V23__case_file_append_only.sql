-- MariaDB: the case file refuses UPDATE and DELETE (SQLSTATE 45000).
CREATE TRIGGER case_file_no_update BEFORE UPDATE ON case_file FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: UPDATE on case_file refused (case file)';
CREATE TRIGGER case_file_no_delete BEFORE DELETE ON case_file FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: DELETE on case_file refused (case file)';
