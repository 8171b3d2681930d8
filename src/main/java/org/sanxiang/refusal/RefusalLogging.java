package org.sanxiang.refusal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * A refused request is logged as one WARN line with its reason (docs/domain.md, "Refusals"), not as the engine's
 * ERROR with a hundred-line stack trace (ENGINE-16004 "Exception while closing command context"): the engine's
 * context logger's event is replaced when what it carries is a refusal (one of this package's types or Camunda's
 * authorization refusal). Everything else the engine logs at ERROR stays as it is.
 */
@Component
class RefusalLogging extends TurboFilter {

    /** the engine's logger of exceptions leaving a command */
    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    private static final Logger LOG = LoggerFactory.getLogger("org.sanxiang.refusal");

    private LoggerContext context;

    @PostConstruct
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext loggers) {
            context = loggers;
            start();
            loggers.addTurboFilter(this);
        }
    }

    @PreDestroy
    void uninstall() {
        if (context != null) {
            context.getTurboFilterList().remove(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
                              Object[] params, Throwable t) {
        if (level != Level.ERROR || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        Throwable refusal = refusal(thrown);
        if (refusal == null) {
            return FilterReply.NEUTRAL;
        }
        LOG.warn("已拒绝（{}）：{}", refusal.getClass().getSimpleName(), oneLine(refusal.getMessage()));
        return FilterReply.DENY;
    }

    /** the refusal in the cause chain, if the exception is one */
    static Throwable refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof ActionNotAllowedException
                || cause instanceof NotFoundException || cause instanceof ConflictException
                || cause instanceof AuthorizationException) {
                return cause;
            }
        }
        return null;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
