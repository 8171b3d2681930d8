package org.sanxiang.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** A refused input is one WARN line with its reason; a real error of the engine stays an ERROR with its trace. */
class RefusalLoggingTest {

    final RefusalLogging filter = new RefusalLogging();
    final ListAppender<ILoggingEvent> events = new ListAppender<>();
    final Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    final org.slf4j.Logger engineContext = LoggerFactory.getLogger(RefusalLogging.ENGINE_CONTEXT_LOGGER);

    @BeforeEach
    void listen() {
        filter.install();
        events.start();
        root.addAppender(events);
    }

    @AfterEach
    void stop() {
        root.detachAppender(events);
        filter.uninstall();
    }

    @Test
    void refusedInputIsOneWarnLineWithTheReasonAndNoStackTrace() {
        engineContext.error("ENGINE-16004 Exception while closing command context: {}", "…",
            new ProcessEngineException("ENGINE-03051", new InvalidInputException("amount", "涉案金额/罚没金额（元）不能为负数。")));

        assertThat(events.list).hasSize(1);
        ILoggingEvent line = events.list.get(0);
        assertThat(line.getLevel()).isEqualTo(Level.WARN);
        assertThat(line.getFormattedMessage()).isEqualTo("已拒绝（InvalidInputException）：涉案金额/罚没金额（元）不能为负数。");
        assertThat(line.getThrowableProxy()).isNull();
    }

    @Test
    void aRealErrorStaysAnErrorWithItsStackTrace() {
        engineContext.error("ENGINE-16004 Exception while closing command context: {}", "…",
            new ProcessEngineException("database gone"));

        assertThat(events.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy()).isNotNull();
        });
    }
}
