package org.sanxiang.supervision;

import static org.sanxiang.supervision.AnnualReportProcess.*;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Groups;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.tasks.FormTaskRule;
import org.sanxiang.tasks.Holder;
import org.sanxiang.tasks.Inputs;
import org.springframework.stereotype.Component;

/** The user task of {@code annual-report}: a leader approves the year's statistics for publication, or returns them with reasons. */
@Component
class AnnualReportTaskRules extends FormTaskRule {

    AnnualReportTaskRules() {
        super(Set.of(TASK_APPROVE), Map.of(APPROVED, "是否同意公开", APPROVAL_NOTE, "审核意见"));
    }

    @Override
    public Holder holder(String taskKey) {
        return Holder.group(Groups.LEADER);
    }

    @Override
    protected void completing(DelegateTask task, Inputs in, ActingUser user) {
        boolean approved = in.requiredFlag(APPROVED);
        String note = in.optionalText(APPROVAL_NOTE, LONG_TEXT);
        if (!approved && note == null) {
            throw new InvalidInputException(APPROVAL_NOTE, "不同意公开时，请在审核意见中写明需要核实或更正的内容。");
        }
        task.setVariable(APPROVED, approved);
        task.setVariable(APPROVAL_NOTE, note);
        task.setVariable(APPROVED_BY, user.userId());
    }
}
