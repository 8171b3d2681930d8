package org.sanxiang.ui;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.Browser;

/**
 * Camunda Tasklist as a user works it, in a real browser: the login form, a task opened by its link (as in the
 * reminder mails), claiming it, and the Camunda Form's fields found by their Chinese labels.
 */
class Tasklist {

    /** generous: the first load of Tasklist parses several MB of JavaScript, slow on a busy 2-core machine */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    static final By FORM = By.cssSelector("[cam-tasklist-task] form.fjs-form");

    private final Browser browser;
    private final WebDriver driver;
    private final String baseUrl;

    Tasklist(Browser browser, int port) {
        this.browser = browser;
        this.driver = browser.driver();
        this.baseUrl = "http://localhost:" + port;
    }

    Browser browser() {
        return browser;
    }

    void openLoginPage() {
        driver.get(baseUrl + "/camunda/app/tasklist/");
        new WebDriverWait(driver, PATIENCE).until(d -> "用户名".equals(usernameField().getDomAttribute("placeholder"))
            || "Username".equals(usernameField().getDomAttribute("placeholder")));
    }

    /** logs in through Tasklist's own login form (every demo user's password is "demo") */
    Tasklist logInAs(String user) {
        return logInAs(user, "demo");
    }

    Tasklist logInAs(String user, String password) {
        openLoginPage();
        usernameField().sendKeys(user);
        passwordField().sendKeys(password);
        loginButton().click();
        waitFor(By.cssSelector("[cam-tasklist-filters]"));
        return this;
    }

    /** opens the task by its link and waits for its form */
    WebElement openTask(String taskId) {
        driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
        return waitFor(FORM);
    }

    /** claims the open task (it is then the user's) and waits until its form can be filled */
    void claim() {
        click(waitFor(By.cssSelector("[cam-tasklist-task] button.claim")));
        new WebDriverWait(driver, PATIENCE).until(d -> d.findElements(By.cssSelector("[cam-tasklist-task] button.claim")).isEmpty()
            && !editableFields().isEmpty());
    }

    /** types into the editable text field or text area whose label starts with the text */
    void write(String label, String text) {
        WebElement field = waitFor(By.xpath(field(label) + "//*[self::textarea or self::input[@type='text']]"
            + "[not(@readonly) and not(@disabled)]"));
        // ChromeDriver types only what a keyboard has keys for, not Chinese: like an input method, the text is inserted
        // and the field told by an input event (form-js listens to it)
        ((JavascriptExecutor) driver).executeScript("""
            const field = arguments[0];
            field.focus();
            Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(field, arguments[1]);
            field.dispatchEvent(new Event('input', {bubbles: true}));
            field.dispatchEvent(new Event('change', {bubbles: true}));
            field.blur();
            """, field, text);
        new WebDriverWait(driver, PATIENCE).until(d -> text.equals(field.getDomProperty("value")));
    }

    /** ticks (or leaves ticked) the option of the checkbox, checklist or radio group whose label starts with the text */
    void tick(String group, String option) {
        WebElement input = waitFor(By.xpath(field(group) + "//label[normalize-space(.)='" + option + "']/input[not(@disabled)]"));
        if (!input.isSelected()) {
            click(input);
        }
    }

    /** the single checkbox whose label is the text */
    void tick(String checkbox) {
        tick(checkbox, checkbox);
    }

    /** clicks 完成 and waits until the task is gone from the page */
    void complete() {
        WebElement button = waitFor(By.xpath("//*[@cam-tasklist-task]//button[@type='submit'][normalize-space(.)='完成']"));
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(button));
        click(button);
    }

    /** the text of the open task's form, with what its fields hold (a field's value is not part of an element's text) */
    String formContent() {
        WebElement form = waitFor(FORM);
        return form.getText() + "\n" + form.findElements(By.cssSelector("textarea, input")).stream()
            .map(field -> field.getDomProperty("value")).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    /** the messages Tasklist shows (e.g. when the server refuses to complete a task) */
    String notifications() {
        return driver.findElements(By.cssSelector(".notifications")).stream()
            .map(WebElement::getText).collect(Collectors.joining("\n"));
    }

    /** waits until Tasklist shows a message containing the text */
    void waitForNotification(String text) {
        new WebDriverWait(driver, PATIENCE).withMessage(() -> "no message with " + text + "; shown: " + notifications())
            .until(d -> notifications().contains(text));
    }

    WebElement usernameField() {
        return waitFor(By.cssSelector("input[ng-model='username']"));
    }

    WebElement passwordField() {
        return waitFor(By.cssSelector("input[type='password']"));
    }

    WebElement loginButton() {
        return waitFor(By.cssSelector("form[name='signinForm'] button[type='submit']"));
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitUntilTextIn(WebElement element, String text) {
        new WebDriverWait(driver, PATIENCE).until(d -> element.getText().contains(text));
    }

    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private List<WebElement> editableFields() {
        return driver.findElements(By.cssSelector("[cam-tasklist-task] form.fjs-form textarea:not([readonly]):not([disabled]),"
            + " [cam-tasklist-task] form.fjs-form input:not([readonly]):not([disabled])"));
    }

    /** the form field (of the open task) whose first label starts with the text */
    private static String field(String label) {
        return "//*[@cam-tasklist-task]//div[contains(@class,'fjs-form-field')]"
            + "[label[1][starts-with(normalize-space(.), '" + label + "')]]";
    }
}
