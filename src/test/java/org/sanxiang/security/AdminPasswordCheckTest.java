package org.sanxiang.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Outside the demo profile the administrator's password comes from configuration and is not guessable. */
class AdminPasswordCheckTest {

    @Test
    void anAdministratorWithoutAPasswordStopsStartUp() {
        assertThatThrownBy(() -> AdminPasswordCheck.check("admin", null, false))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("未配置管理员密码").hasMessageContaining("CAMUNDA_BPM_ADMINUSER_PASSWORD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "admin", "Administrator", "short", "aaaaaaaaaaaa", "1234567890", "changeme"})
    void aGuessablePasswordStopsStartUp(String password) {
        assertThatThrownBy(() -> AdminPasswordCheck.check("administrator", password, false))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("过于简单");
    }

    @Test
    void theUserIdAsPasswordStopsStartUp() {
        assertThatThrownBy(() -> AdminPasswordCheck.check("superuser01", "SuperUser01", false)).hasMessageContaining("过于简单");
    }

    @Test
    void aStrongPasswordNoAdministratorOrTheDemoProfilePass() {
        assertThatCode(() -> AdminPasswordCheck.check("admin", "k7#Lq9!vRz2", false)).doesNotThrowAnyException();
        assertThatCode(() -> AdminPasswordCheck.check(null, null, false)).doesNotThrowAnyException();
        assertThatCode(() -> AdminPasswordCheck.check("admin", "demo", true)).doesNotThrowAnyException();
    }
}
