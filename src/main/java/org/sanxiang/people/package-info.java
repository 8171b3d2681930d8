/**
 * People and roles (docs/domain.md, "Groups"): the Camunda groups of the agency, who is acting on a request,
 * and group membership looked up in the identity service regardless of the caller's own rights.
 *
 * <p>Module {@code people}; it may use: {@code refusal}.
 */
@ApplicationModule(allowedDependencies = {"refusal"})
package org.sanxiang.people;

import org.springframework.modulith.ApplicationModule;
