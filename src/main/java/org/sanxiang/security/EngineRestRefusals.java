package org.sanxiang.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.sanxiang.tasks.ActionNotAllowedException;
import org.sanxiang.tasks.InvalidInputException;

/**
 * Camunda's REST API answers some calls with 500 whatever the engine's exception was (e.g.
 * {@code POST /process-definition/key/{key}/start} wraps every ProcessEngineException). These
 * mappers find our refusals in the cause chain and answer as the refusal deserves: bad input 400,
 * a forbidden action 403, with Camunda's error body {@code {"type":...,"message":...}}. They
 * outrank Camunda's own mappers of the same exception types ({@link Priority}) and map nothing else.
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
        Map<String, Object> body = new LinkedHashMap<>();
        if (refusal instanceof InvalidInputException invalid) {
            body.put("type", InvalidInputException.class.getSimpleName());
            body.put("message", invalid.getMessage());
            body.put("field", invalid.field());
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
        body.put("type", "AuthorizationException");
        body.put("message", refusal.getMessage());
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** a refusal that a REST resource wrapped into a RestException (status 500) */
    @Priority(100)
    public static class Wrapped implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException exception) {
            return refusal(exception) != null;
        }

        @Override
        public Response toResponse(RestException exception) {
            return response(refusal(exception));
        }
    }

    /** a refusal that reached the REST API as it is or inside another engine exception */
    @Priority(100)
    public static class Direct implements ExtendedExceptionMapper<ProcessEngineException> {
        @Override
        public boolean isMappable(ProcessEngineException exception) {
            return refusal(exception) != null;
        }

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return response(refusal(exception));
        }
    }
}
