/**
 * One way to refuse a request (docs/domain.md, "Refusals"): the refusal types every module throws
 * and the one {@code @RestControllerAdvice} ({@link org.sanxiang.refusal.ApiErrors}) that turns them
 * into the JSON error shape of the API: {@code {"error": "<中文说明>", "field": "<字段>"}} with
 * 400 (bad input), 403 (not allowed), 404 (not found) or 409 (conflict). Also the checks every
 * list shares: {@link org.sanxiang.refusal.Paging} (page and size refused outside their range, a
 * page answered as one record), and {@link org.sanxiang.refusal.JsonFields}.
 *
 * <p>A leaf: it uses no other module of the application, only Spring and Camunda's exception types
 * (an {@link org.sanxiang.refusal.InvalidInputException} is a Camunda form-field validation error and
 * an {@link org.sanxiang.refusal.ActionNotAllowedException} an authorization error, so Camunda's
 * REST API and Tasklist answer them with 400 and 403 too).
 *
 * <p>Module {@code refusal}; it uses no other module of the application.
 */
@ApplicationModule(allowedDependencies = {})
package org.sanxiang.refusal;

import org.springframework.modulith.ApplicationModule;
