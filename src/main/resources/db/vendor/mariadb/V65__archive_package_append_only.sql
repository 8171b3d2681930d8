-- MariaDB: the archive packages refuse UPDATE and DELETE (SQLSTATE 45000).
CREATE TRIGGER archive_package_no_update BEFORE UPDATE ON archive_package FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: UPDATE on archive_package refused (archive package)';
CREATE TRIGGER archive_package_no_delete BEFORE DELETE ON archive_package FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: DELETE on archive_package refused (archive package)';
