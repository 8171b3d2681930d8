package org.sanxiang.workplace;

import org.sanxiang.enforcement.EnforcementCase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The registered cases as the case list searches them. */
interface CaseListRepository extends JpaRepository<EnforcementCase, Long>, JpaSpecificationExecutor<EnforcementCase> {
}
