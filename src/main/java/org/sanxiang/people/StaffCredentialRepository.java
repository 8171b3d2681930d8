package org.sanxiang.people;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffCredentialRepository extends JpaRepository<StaffCredential, String> {
}
