package org.sanxiang.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The administrator's password comes from configuration only: outside the demo profile, an
 * administrator configured with {@code camunda.bpm.admin-user.id} needs
 * {@code camunda.bpm.admin-user.password} (Camunda's starter would otherwise use the user id as
 * password), at least {@value #MIN_LENGTH} characters, not the id and not a well-known password.
 * Checked before the engine is built, so a weak administrator is never created.
 */
@Component
public class AdminPasswordCheck extends AbstractProcessEnginePlugin {

    static final int MIN_LENGTH = 10;
    private static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "camunda", "password", "123456", "12345678",
        "1234567890", "changeit", "changeme", "secret", "administrator");

    private final Environment environment;

    public AdminPasswordCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        check(environment.getProperty("camunda.bpm.admin-user.id"), environment.getProperty("camunda.bpm.admin-user.password"),
            environment.acceptsProfiles(Profiles.of("demo")));
    }

    static void check(String adminId, String password, boolean demo) {
        if (demo || adminId == null || adminId.isBlank()) {
            return;
        }
        String hint = "请通过环境变量 CAMUNDA_BPM_ADMINUSER_PASSWORD（camunda.bpm.admin-user.password）设置管理员 "
            + adminId + " 的密码：至少" + MIN_LENGTH + "个字符，不能与用户名相同，不能是常见密码。";
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("未配置管理员密码。" + hint);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.length() < MIN_LENGTH || lower.equals(adminId.toLowerCase(Locale.ROOT)) || WELL_KNOWN.contains(lower)
            || Arrays.stream(lower.split("")).distinct().count() < 4) {
            throw new IllegalStateException("管理员密码过于简单。" + hint);
        }
    }
}
