package org.sanxiang;

import java.io.File;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests ({@code @ExtendWith(NeedsChromium.class)}) run only where Chromium and chromedriver
 * are installed; elsewhere they are skipped with one line saying what to install, so that
 * {@code mvn verify} passes on a machine with only a JDK and Maven. With {@code CI=true} (as
 * {@code .ci/run} sets it) they always run, and fail if there is no browser.
 */
public class NeedsChromium implements ExecutionCondition {

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    /** why no browser can be started here, if so */
    static Optional<String> missing() {
        if (!new File(Browser.CHROMIUM).canExecute()) {
            return Optional.of("no Chromium at " + Browser.CHROMIUM);
        }
        if (!new File(Browser.CHROMEDRIVER).canExecute()) {
            return Optional.of("no chromedriver at " + Browser.CHROMEDRIVER);
        }
        return Optional.empty();
    }

    /** CI must run every browser test */
    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static String skipLine(String why) {
        return "Browser tests skipped: " + why
            + "; install them with apt-get install -y chromium chromium-driver (or set CHROME_BIN and CHROMEDRIVER).";
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = missing();
        if (missing.isEmpty() || required()) {
            return ConditionEvaluationResult.enabled("Chromium present or required (CI=true)");
        }
        String line = skipLine(missing.get());
        if (TOLD.compareAndSet(false, true)) {
            System.out.println(line);
        }
        return ConditionEvaluationResult.disabled(line);
    }
}
