package org.sanxiang.disclosure;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisclosureVersionRepository extends JpaRepository<DisclosureVersion, Long> {

    List<DisclosureVersion> findByDisclosureIdOrderByVersion(Long disclosureId);
}
