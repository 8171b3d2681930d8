package org.sanxiang.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jakarta.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.spin.spi.SpinDataFormatException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.InvalidInputException;

/**
 * Camunda's REST API answers some calls with 500 whatever the engine's exception was (e.g.
 * {@code POST /process-definition/key/{key}/start} wraps every ProcessEngineException). These
 * mappers find the caller's mistake in the cause chain of what would be a 500 and answer as it
 * deserves, with Camunda's error body {@code {"type":...,"message":...}}: our refusals (bad input
 * 400, a forbidden action 403), a variable value that is not valid JSON or XML (400), a Java-
 * serialized object, which this installation never accepts (400), a task or other object that
 * does not exist (404), a bad request the engine itself recognized (400); and a request body that
 * is not JSON or not of the expected shape (400, JSON instead of Camunda's plain text). They
 * outrank Camunda's own mappers of the same exception types ({@link Priority}) and leave every
 * other exception to them.
 */
public final class EngineRestRefusals {

    private EngineRestRefusals() {
    }

    /** the refusal among the causes of the exception, or null */
    static RuntimeException refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof ActionNotAllowedException) {
                return (RuntimeException) cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    static Response response(RuntimeException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            Map<String, Object> body = body(InvalidInputException.class.getSimpleName(), invalid.getMessage());
            body.put("field", invalid.field());
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
        return json(Response.Status.FORBIDDEN, "AuthorizationException", refusal.getMessage());
    }

    /** the answer to a caller's mistake found in the exception's causes, or null if there is none */
    static Response callersMistake(Throwable exception) {
        RuntimeException refusal = refusal(exception);
        if (refusal != null) {
            return response(refusal);
        }
        for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof SpinDataFormatException) {
                return json(Response.Status.BAD_REQUEST, "InvalidVariableValue", "变量的值不是有效的 JSON 或 XML：" + abbreviate(message));
            }
            if (message.contains("ENGINE-17007")) {
                return json(Response.Status.BAD_REQUEST, "InvalidVariableValue", "本系统不接受 Java 序列化的对象变量：" + abbreviate(message));
            }
            if (cause instanceof NullValueException && (message.startsWith("Cannot find") || message.contains("doesn't exist"))) {
                return json(Response.Status.NOT_FOUND, "NotFound", "要办理的对象不存在：" + abbreviate(message));
            }
            if (cause instanceof BadUserRequestException) {
                return json(Response.Status.BAD_REQUEST, "BadUserRequestException", abbreviate(message));
            }
        }
        return null;
    }

    static Response json(Response.Status status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(type, message)).build();
    }

    private static Map<String, Object> body(String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        return body;
    }

    private static String abbreviate(String message) {
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    /** a caller's mistake that a REST resource wrapped into a RestException with status 500 */
    @Priority(100)
    public static class Wrapped implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException exception) {
            return (exception.getStatus() == null || exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR)
                && callersMistake(exception) != null;
        }

        @Override
        public Response toResponse(RestException exception) {
            return callersMistake(exception);
        }
    }

    /** a caller's mistake that reached the REST API as an engine exception Camunda would answer with 500 */
    @Priority(100)
    public static class Direct implements ExtendedExceptionMapper<ProcessEngineException> {
        @Override
        public boolean isMappable(ProcessEngineException exception) {
            return ExceptionHandlerHelper.getInstance().getStatus(exception) == Response.Status.INTERNAL_SERVER_ERROR
                && callersMistake(exception) != null;
        }

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return callersMistake(exception);
        }
    }

    /** a request body that is not JSON */
    @Priority(100)
    public static class NotJson implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return json(Response.Status.BAD_REQUEST, "InvalidRequestBody", "请求内容不是有效的 JSON：" + abbreviate(exception.getOriginalMessage()));
        }
    }

    /** a JSON request body of the wrong shape */
    @Priority(100)
    public static class WrongShape implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException exception) {
            return json(Response.Status.BAD_REQUEST, "InvalidRequestBody", "请求内容的结构不正确：" + abbreviate(exception.getOriginalMessage()));
        }
    }
}
