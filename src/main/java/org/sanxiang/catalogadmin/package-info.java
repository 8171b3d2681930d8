/**
 * The review catalog, administered (docs/domain.md, "What is major"): the catalog in force as a
 * person reads it, generated from the deployed {@code major-decision} DMN (never a second copy),
 * its versions and the item-by-item difference between two of them, published to the public at
 * {@code /public/catalog} and {@code /api/public/catalog}; drafts uploaded by catalog
 * administrators, validated and replayed over every past evaluation and every open case with
 * Camunda's own DMN engine before they are deployed; deployments and rollbacks, each recorded with
 * who, when, why and the DMN's SHA-256.
 * <p>
 * Owns the tables {@code catalog_draft} and {@code catalog_deployment}. Uses {@code catalog} (the
 * vocabulary and the decision's names), {@code refusal} and {@code people} (groups, the acting
 * user); its public paths are listed in {@code security.PublicPaths}. No module uses this one.
 *
 * <p>Module {@code catalogadmin}; it may use: {@code catalog}, {@code people}, {@code refusal}.
 */
@ApplicationModule(allowedDependencies = {"catalog", "people", "refusal"})
package org.sanxiang.catalogadmin;

import org.springframework.modulith.ApplicationModule;
