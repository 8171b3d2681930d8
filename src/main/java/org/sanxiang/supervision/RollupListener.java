package org.sanxiang.supervision;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;

/**
 * Keeps the roll-up in step with the rows it counts: whenever a step writes a case, a deadline or a
 * review record (any entity of the {@link #COUNTED} tables, whichever module owns it), or a task of
 * the case is created, completed or deleted ({@link #touched}), the case is remembered, and just before the step's transaction commits (after Hibernate's last flush, in the
 * same transaction) its facts are recomputed ({@link Rollups#refresh}). A step that rolls back
 * never reaches that point, so its changes leave the roll-up as it was.
 */
@Component
class RollupListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** the tables the rolled-up figures read, each with a column case_number (property caseNumber) */
    static final Set<String> COUNTED = Set.of("enforcement_case", "deadline_record", "review_submission", "review_acceptance",
        "review_opinion", "review_answer", "review_collective_discussion", "review_conclusion");

    private final Rollups rollups;
    private final EntityManagerFactory entityManagers;
    /** the cases written by each open session, refreshed when its transaction completes */
    private final Map<EventSource, Set<String>> written = Collections.synchronizedMap(new WeakHashMap<>());

    RollupListener(Rollups rollups, EntityManagerFactory entityManagers) {
        this.rollups = rollups;
        this.entityManagers = entityManagers;
        EventListenerRegistry registry = entityManagers.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
            .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        written(event.getSession(), event.getPersister(), event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        written(event.getSession(), event.getPersister(), event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        written(event.getSession(), event.getPersister(), event.getEntity());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /**
     * Remembers a case whose counted rows outside JPA changed in the current transaction (its tasks:
     * {@link RollupTasks}); refreshed before the transaction commits, as for a written entity.
     */
    void touched(String caseNumber) {
        EntityManager current = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagers);
        if (current == null) {
            throw new IllegalStateException("案件 " + caseNumber + " 的任务在事务之外变更，执法监督汇总表无法随之更新");
        }
        written(current.unwrap(EventSource.class), caseNumber);
    }

    private void written(EventSource session, EntityPersister persister, Object entity) {
        if (!(persister instanceof AbstractEntityPersister table) || !COUNTED.contains(table.getTableName().toLowerCase())) {
            return;
        }
        Object caseNumber = persister.getPropertyValue(entity, "caseNumber");
        if (caseNumber != null) {
            written(session, caseNumber.toString());
        }
    }

    private void written(EventSource session, String caseNumber) {
        Set<String> cases = written.get(session);
        if (cases == null) {
            cases = new TreeSet<>();
            written.put(session, cases);
            Set<String> these = cases;
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) completing -> rollups.refresh(these));
            session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) (success, completed) -> written.remove(session));
        }
        cases.add(caseNumber);
    }
}
