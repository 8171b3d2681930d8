package org.sanxiang.refusal;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

/**
 * How the application's own REST resources refuse: bad input 400, a forbidden action 403, not
 * found 404 and a conflict 409, each
 * with {@code {"error": "<中文说明>"}} (and {@code field} where one field is at fault), and two
 * requests changing the same rows at once 409. Spring's own refusals of a request it cannot bind
 * (a parameter missing or of the wrong type, a JSON body that does not fit its record, a Bean
 * Validation constraint broken) are answered 400 alike, naming the parameter or field; a
 * constraint's message is declared with the constraint, in Chinese. Controllers have no handlers
 * of their own; anything not listed here is not handled here.
 */
@RestControllerAdvice
public class ApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        return json(HttpStatus.BAD_REQUEST, RequestProblems.body(e.getMessage(), e.field()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return json(HttpStatus.NOT_FOUND, Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
        return json(HttpStatus.CONFLICT, Map.of("error", e.getMessage()));
    }

    /** two requests changed the same rows at once (a unique key or an optimistic lock): the later one is refused */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class})
    ResponseEntity<Map<String, Object>> concurrent(RuntimeException e) {
        return json(HttpStatus.CONFLICT, Map.of("error", "数据正被同时修改，请刷新后重试。"));
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
        return json(HttpStatus.FORBIDDEN, Map.of("error", e.getMessage()));
    }

    /** no body, not JSON, or JSON that does not fit the record (the field at fault named) */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            return badJson(mapping);
        }
        return json(HttpStatus.BAD_REQUEST, Map.of("error", RequestProblems.NOT_JSON));
    }

    /** a JSON body read by a controller itself (e.g. strictly, unknown fields refused) that does not fit */
    @ExceptionHandler(JsonMappingException.class)
    ResponseEntity<Map<String, Object>> badJson(JsonMappingException e) {
        return json(HttpStatus.BAD_REQUEST, RequestProblems.badJson(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return json(HttpStatus.BAD_REQUEST, RequestProblems.body(
                RequestProblems.badParameter(e.getName(), e.getValue(), e.getRequiredType()), e.getName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        Class<?> type = e.getMethodParameter() == null ? null : e.getMethodParameter().getParameterType();
        return json(HttpStatus.BAD_REQUEST, RequestProblems.body(
                RequestProblems.missingParameter(e.getParameterName(), type), e.getParameterName()));
    }

    /** a constraint on a {@code @Valid} request body broken: the first field at fault */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalidBody(MethodArgumentNotValidException e) {
        FieldError error = e.getBindingResult().getFieldError();
        if (error != null) {
            return json(HttpStatus.BAD_REQUEST, RequestProblems.body(error.getDefaultMessage(), error.getField()));
        }
        return json(HttpStatus.BAD_REQUEST, RequestProblems.body(message(e.getBindingResult().getAllErrors()), null));
    }

    /** a constraint on a controller method's parameter broken (Spring MVC's own method validation) */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Map<String, Object>> invalidParameter(HandlerMethodValidationException e) {
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            return json(HttpStatus.BAD_REQUEST, RequestProblems.body(message(result.getResolvableErrors()),
                    result.getMethodParameter().getParameterName()));
        }
        return json(HttpStatus.BAD_REQUEST, RequestProblems.body(message(e.getAllErrors()), null));
    }

    /** a constraint broken on a {@code @Validated} bean's method: the first violation */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Map<String, Object>> violated(ConstraintViolationException e) {
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            return json(HttpStatus.BAD_REQUEST, RequestProblems.body(violation.getMessage(), field));
        }
        return json(HttpStatus.BAD_REQUEST, RequestProblems.body(e.getMessage(), null));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> notJson(HttpMediaTypeNotSupportedException e) {
        return json(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Map.of("error", "请求体必须是 JSON（Content-Type: application/json）。"));
    }

    private static String message(List<? extends MessageSourceResolvable> errors) {
        return errors.isEmpty() ? "请求无效。" : errors.get(0).getDefaultMessage();
    }

    private static ResponseEntity<Map<String, Object>> json(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
