package org.sanxiang.people;

import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Declared recusals (回避) per case. */
@Component
public class Recusals {

    private final RecusalRepository repository;

    public Recusals(RecusalRepository repository) {
        this.repository = repository;
    }

    /** declares the user recused from the case; declaring it again changes nothing */
    @Transactional
    public Recusal declare(String caseNumber, String userId, String reason, String declaredBy) {
        return repository.findByCaseNumberOrderByIdAsc(caseNumber).stream().filter(r -> r.getUserId().equals(userId)).findFirst()
            .orElseGet(() -> repository.save(new Recusal(caseNumber, userId, reason, declaredBy, ClockUtil.getCurrentTime().toInstant())));
    }

    public boolean isRecused(String caseNumber, String userId) {
        return repository.existsByCaseNumberAndUserId(caseNumber, userId);
    }

    public List<Recusal> ofCase(String caseNumber) {
        return repository.findByCaseNumberOrderByIdAsc(caseNumber);
    }
}
