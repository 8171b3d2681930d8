/**
 * People and roles (SPEC "People"): the Camunda groups of the agency, who is acting on a request,
 * and group membership looked up in the identity service regardless of the caller's own rights.
 */
package org.sanxiang.people;
