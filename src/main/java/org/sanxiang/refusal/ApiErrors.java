package org.sanxiang.refusal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How the application's own REST resources refuse: bad input 400, a forbidden action 403, not
 * found 404 and a conflict 409, each
 * with {@code {"error": "<中文说明>"}} (and {@code field} where one field is at fault), and two
 * requests changing the same rows at once 409. Controllers have no handlers of their own
 * (the calendar's still does, see CalendarController); anything not listed here is not handled here.
 */
@RestControllerAdvice
public class ApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage());
        body.put("field", e.field());
        return json(HttpStatus.BAD_REQUEST, body);
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

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return json(HttpStatus.BAD_REQUEST, Map.of("error", "请求内容缺失或不是有效的 JSON 对象。"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return json(HttpStatus.BAD_REQUEST, Map.of("error", "参数 " + e.getName() + " 的值无效。"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return json(HttpStatus.BAD_REQUEST, Map.of("error", "缺少参数 " + e.getParameterName() + "。"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> notJson(HttpMediaTypeNotSupportedException e) {
        return json(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Map.of("error", "请求体必须是 JSON（Content-Type: application/json）。"));
    }

    private static ResponseEntity<Map<String, Object>> json(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
