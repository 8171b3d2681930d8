package org.sanxiang.tasks;

import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.ActionNotAllowedException;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a listener throws ("ENGINE-03051 There was an exception while invoking
 * the TaskListener ..."). This plugin hands our refusals to the caller as they are, after the
 * transaction has rolled back: bad input as {@link InvalidInputException} (REST: 400, Tasklist shows
 * the message) and a forbidden action as {@link ActionNotAllowedException} (REST: 403).
 */
@Component
public class RefusalsReachTheCaller extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(0, new Unwrap());
        return all;
    }

    static class Unwrap extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof InvalidInputException || cause instanceof ActionNotAllowedException) {
                        throw (RuntimeException) cause;
                    }
                }
                throw e;
            }
        }
    }
}
