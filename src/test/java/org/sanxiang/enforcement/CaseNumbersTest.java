package org.sanxiang.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers issued by registrations that run at the same moment, as on several nodes. On MariaDB
 * ({@code -Pmariadb}) the first registrations of a year once deadlocked on the year's counter row.
 */
@EngineTest
class CaseNumbersTest {

    static final int AT_ONCE = 4;

    @Autowired
    CaseNumbers caseNumbers;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void clockReset() {
        ClockUtil.reset();
    }

    @Test
    void registrationsThatOpenAYearAtTheSameMomentEachGetTheirOwnNumberWithoutADeadlock() throws Exception {
        ExecutorService registrations = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (int year = 2091; year <= 2095; year++) {
                ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, 3, 2).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
                CyclicBarrier start = new CyclicBarrier(AT_ONCE);
                TransactionTemplate registration = new TransactionTemplate(transactions);
                List<Future<String>> issued = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    issued.add(registrations.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        return registration.execute(status -> caseNumbers.next());
                    }));
                }
                List<String> numbers = new ArrayList<>();
                for (Future<String> number : issued) {
                    numbers.add(number.get(60, TimeUnit.SECONDS));
                }
                int y = year;
                assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, AT_ONCE).mapToObj(n -> String.format("ZF-%d-%06d", y, n)).toList());
            }
        } finally {
            registrations.shutdownNow();
        }
    }

    @Test
    void aRegistrationThatRollsBackGivesItsNumberBack() {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2096, 5, 6).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
        TransactionTemplate registration = new TransactionTemplate(transactions);
        String first = registration.execute(status -> caseNumbers.next());
        String rolledBack = registration.execute(status -> {
            status.setRollbackOnly();
            return caseNumbers.next();
        });
        String next = registration.execute(status -> caseNumbers.next());

        assertThat(first).isEqualTo("ZF-2096-000001");
        assertThat(rolledBack).isEqualTo("ZF-2096-000002");
        assertThat(next).isEqualTo("ZF-2096-000002");
    }
}
