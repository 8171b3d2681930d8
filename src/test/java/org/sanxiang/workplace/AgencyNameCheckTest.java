package org.sanxiang.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class AgencyNameCheckTest {

    @Test
    void outsideTheDemoTheApplicationDoesNotStartWithoutTheAgencysName() {
        for (String missing : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> AgencyNameCheck.check(missing, false))
                .isInstanceOf(AgencyNameCheck.AgencyNameMissingException.class)
                .hasMessageContaining("未配置本机关名称").hasMessageContaining("SANXIANG_AGENCY_NAME");
        }
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("mariadb");
        assertThatThrownBy(() -> new AgencyNameCheck(production)).hasMessageContaining("SANXIANG_AGENCY_NAME");
    }

    @Test
    void aConfiguredNameOrTheDemoProfileStarts() {
        MockEnvironment production = new MockEnvironment().withProperty("sanxiang.agency-name", "某市市场监督管理局");
        production.setActiveProfiles("mariadb");
        assertThatCode(() -> new AgencyNameCheck(production)).doesNotThrowAnyException();
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("h2", "demo");
        assertThatCode(() -> new AgencyNameCheck(demo)).doesNotThrowAnyException();
    }

    @Test
    void theFailedStartIsReportedAsItsOneLine() {
        Throwable startup = new BeanCreationException("agencyNameCheck", "failed",
            new AgencyNameCheck.AgencyNameMissingException(AgencyNameCheck.MISSING));
        FailureAnalysis analysis = new AgencyNameFailureAnalyzer().analyze(startup);
        assertThat(analysis.getDescription()).isEqualTo(AgencyNameCheck.MISSING).doesNotContain("\n");
    }
}
