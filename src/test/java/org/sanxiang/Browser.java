package org.sanxiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for tests: Debian's {@code chromium} and {@code chromium-driver} (or
 * {@code CHROME_BIN} / {@code CHROMEDRIVER}); Selenium never downloads a browser or driver. Each
 * browser has its own temporary profile, removed on close. Screenshots go to
 * {@code target/screenshots}. Without them a browser test is skipped ({@link NeedsChromium}), except
 * with {@code CI=true}, where it fails.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open(String acceptLanguage) {
        return open(acceptLanguage, 1200, 1600);
    }

    /** a browser whose first language is the first of {@code acceptLanguage}, in the agency's time zone */
    public static Browser open(String acceptLanguage, int width, int height) {
        return open(acceptLanguage, width, height, "Asia/Shanghai");
    }

    /** a browser on a computer set to another time zone ({@code TZ}, e.g. "UTC") */
    public static Browser open(String acceptLanguage, int width, int height, String timeZone) {
        NeedsChromium.missing().ifPresent(why -> {
            // CI=true: a browser test that cannot run fails; elsewhere it is skipped with one line
            Assumptions.assumeTrue(NeedsChromium.required(), NeedsChromium.skipLine(why));
            assertThat(why).withFailMessage("CI=true but %s: apt-get install -y chromium chromium-driver (or set CHROME_BIN/CHROMEDRIVER)", why)
                .isNull();
        });
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_AVOID_STATS", "true");
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--lang=" + acceptLanguage.split(",")[0], "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", timeZone))
                .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** sends HTTP Basic credentials with every request of this browser */
    public void basicAuth(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + token)));
    }

    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a left-over temporary profile is harmless
            }
        }
    }
}
