/**
 * The enforcement documents (执法文书): 行政处罚事先告知书, 行政处罚决定书 and 送达回证, generated as PDF
 * at the step that issues them, from the agency's XHTML templates ({@code classpath:documents/*.xhtml},
 * Thymeleaf, rendered by openhtmltopdf with the shipped Chinese font embedded), numbered (文号) per
 * kind and year, and stored in the case file as a 文书 with its hash. Owns the tables
 * {@code case_document} and {@code document_sequence} (Flyway {@code V62__case_documents.sql}) and
 * {@code GET /api/cases/{caseNumber}/documents}; used by {@code workplace} (the case page).
 *
 * <p>Module {@code documents}; it may use: {@code casefile}, {@code catalog}, {@code enforcement}, {@code people}, {@code record}, {@code refusal}, {@code tasks}.
 */
@ApplicationModule(allowedDependencies = {"casefile", "catalog", "enforcement", "people", "record", "refusal", "tasks"})
package org.sanxiang.documents;

import org.springframework.modulith.ApplicationModule;
