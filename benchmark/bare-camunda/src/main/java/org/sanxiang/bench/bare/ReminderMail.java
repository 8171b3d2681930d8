package org.sanxiang.bench.bare;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** {@code ${reminderMail}}: a timer's mail to each handler of the case, sent in the timer's job */
@Component("reminderMail")
class ReminderMail implements JavaDelegate {

    private final JavaMailSender mail;

    ReminderMail(JavaMailSender mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object handlers = execution.getVariable("handlers");
        List<String> users = handlers == null ? List.of("handler1") : List.of(handlers.toString().split(","));
        for (String user : users) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom("bare-noreply@localhost");
            message.setTo(user.trim() + "@bench.invalid");
            message.setSubject("期限提醒 " + execution.getProcessBusinessKey() + " " + execution.getCurrentActivityId());
            message.setText("案件 " + execution.getProcessBusinessKey() + " 的期限提醒（" + execution.getId() + "）。");
            mail.send(message);
        }
    }
}
