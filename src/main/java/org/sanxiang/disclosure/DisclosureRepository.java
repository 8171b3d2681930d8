package org.sanxiang.disclosure;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisclosureRepository extends JpaRepository<Disclosure, Long> {

    Optional<Disclosure> findByCaseNumber(String caseNumber);
}
