package org.sanxiang.record;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Appends a domain step (an opinion signed, a file added, a retrieval) to its case's record in
 * the current transaction: inside an engine command it joins the command's other steps, in order.
 */
@Component
public class DomainSteps {

    private final RecordWriter writer;

    DomainSteps(RecordWriter writer) {
        this.writer = writer;
    }

    public void append(String caseNumber, String kind, String actor, Map<String, Object> details) {
        long at = ClockUtil.getCurrentTime().getTime();
        CommandContext context = Context.getCommandContext();
        if (context != null) {
            context.getSession(PendingSteps.class).add(() -> caseNumber, kind, actor, at, details, null);
        } else {
            writer.write(List.of(new Step(caseNumber, kind, actor, at, details)));
        }
    }
}
