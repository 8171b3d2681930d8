package org.sanxiang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.NeedsChromium;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.Browser;
import org.sanxiang.CaseFixture;
import org.sanxiang.TestDatabaseProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda Tasklist speaks Chinese: the application on a random port, driven in real headless Chromium.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (or {@code CHROME_BIN} / {@code CHROMEDRIVER} pointing
 * at a Chromium and its matching chromedriver); without them every test fails and says so. Selenium never downloads
 * a browser or driver here. Screenshots go to {@code target/screenshots}, or to {@code -Dscreenshots.dir=...}
 * ({@code docs/screenshots} refreshes the README pictures).
 */
// without an administrator the webapps show their first-run setup page instead of the login
@ExtendWith(NeedsChromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.admin-user.id=admin", "camunda.bpm.admin-user.password=Tasklist-Test-2026",
        "camunda.bpm.admin-user.first-name=管理员", "camunda.bpm.admin-user.last-name=系统",
        "sanxiang.agency-name=" + TasklistChineseIT.AGENCY})
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class TasklistChineseIT {

    static final String AGENCY = "某市市场监督管理局";

    static final By CLAIMABLE_FILTER = By.xpath("//*[@cam-tasklist-filters]"
        + "//div[contains(@class,'task-filter')][.//h4/a[contains(normalize-space(.), '可领取的任务')]]");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    Browser browser;
    Tasklist tasklist;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void loginPageIsChineseForAChineseBrowser() {
        openBrowser("zh-CN,zh");
        openTasklist();

        assertThat(usernameField().getDomAttribute("placeholder")).isEqualTo("用户名");
        assertThat(passwordField().getDomAttribute("placeholder")).isEqualTo("密码");
        assertThat(loginButton().getText()).isEqualTo("登录");
        assertThat(browser.driver().getTitle()).isEqualTo("行政执法三项制度 · 任务中心");
        assertThat(bodyText()).contains("任务中心").doesNotContain("Log in", "Username", "Password");
        // the agency's name where the vendor's logo was
        WebElement logo = waitFor(By.cssSelector(".login-logo"));
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE).until(d -> AGENCY.equals(logo.getText().strip()));
        assertThat(logo.findElements(By.cssSelector("svg, img"))).isEmpty();
        assertThat(waitFor(By.cssSelector(".login-header")).getText()).contains(AGENCY, "任务中心").doesNotContainIgnoringCase("camunda");
        screenshot("tasklist-login.png");
    }

    @Test
    void loginPageIsChineseForABrowserInAnotherLanguage() {
        openBrowser("fr-FR,fr");
        openTasklist();

        assertThat(loginButton().getText()).isEqualTo("登录");
        assertThat(usernameField().getDomAttribute("placeholder")).isEqualTo("用户名");
    }

    @Test
    void loginPageStaysEnglishForAnEnglishBrowser() {
        openBrowser("en-US,en");
        openTasklist();

        assertThat(loginButton().getText()).isEqualTo("Log in");
        assertThat(usernameField().getDomAttribute("placeholder")).isEqualTo("Username");
    }

    @Test
    void handlerLogsInAndSeesTaskListFiltersAndTaskFormInChinese() {
        String caseNumber = new CaseFixture(engine).register(CaseFixture.facts());
        openBrowser("zh-CN,zh");
        logInAs("handler1");

        WebElement filters = waitFor(By.cssSelector("[cam-tasklist-filters]"));
        waitUntilTextIn(filters, "可领取的任务");
        assertThat(filters.getText()).contains("我的待办", "可领取的任务");
        assertThat(browser.driver().findElement(By.cssSelector("[cam-widget-header]")).getText())
            .contains(AGENCY + " · 任务中心", "发起流程").doesNotContain("新建任务");
        assertThat(searchField().getDomAttribute("placeholder")).isEqualTo("筛选任务");
        assertThat(bodyText())
            .contains("创建时间", "请在列表中选择任务。")
            .doesNotContain("Start process", "Create task", "Select a task in the list.", "Sort by");

        click(waitFor(CLAIMABLE_FILTER));
        // each card names its case
        WebElement list = waitFor(By.cssSelector("section.tasks-list, [cam-tasklist-tasks]"));
        waitUntilTextIn(list, caseNumber);
        assertThat(list.getText()).contains("案件");
        click(waitFor(By.xpath("//section[contains(@class,'tasks-list')]//h4[contains(@class,'task')]"
            + "/a[normalize-space(.)='调查取证']")));
        WebElement form = waitFor(By.cssSelector(".task-details form.fjs-form, [cam-tasklist-task] form.fjs-form"));
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE).until(d -> fieldValues(form).contains(caseNumber));
        assertThat(form.getText()).contains("案件概况", "调查取证情况", "证据清单");
        assertThat(fieldValues(form)).contains("某公司销售不合格产品案", "某某贸易有限公司");
        // the registering handler holds the first task already (取消认领 hands it back)
        assertThat(bodyText()).contains("张承办", "表单", "办理记录", "流程图", "说明", "设置跟进日期", "到期")
            .doesNotContain("Claim", "History", "Diagram", "Set follow-up date", "Due");
        screenshot("tasklist-tasks.png");
    }

    @Test
    void tasklistIsTheAgencysOwnWithoutForeignThingsAndWithPeoplesNames() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.register(CaseFixture.facts());
        openBrowser("zh-CN,zh");
        logInAs("handler1");

        WebElement header = waitFor(By.cssSelector("[cam-widget-header]"));
        waitUntilTextIn(header, AGENCY + " · 任务中心");
        waitUntilTextIn(header, "张承办");
        assertThat(header.getText()).doesNotContain("承办 张", "CAMUNDA", "新建任务");
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
        assertThat(bodyText()).doesNotContain("Camunda 8", "迁移");
        assertThat(waitFor(By.id("footer-timezone")).getText()).contains("Asia/Shanghai（北京时间）").doesNotContain("UTC");

        // 我的待办, the default filter, holds the first task of the case the handler registered, assigned to the handler
        WebElement list = waitFor(By.cssSelector("section.tasks-list, [cam-tasklist-tasks]"));
        waitUntilTextIn(list, caseNumber + " 某公司销售不合格产品案");
        assertThat(browser.driver().findElements(By.cssSelector(".tasks-list .task .priority"))).noneMatch(WebElement::isDisplayed);
        assertThat(list.getText()).contains("张承办").doesNotContain("handler1", "承办 张");
        // the case label readable whole: the case number and the title each on one line, not cut mid-word
        assertThat(linesOf(caseNumber)).isEqualTo(1);
        assertThat(linesOf("某公司销售不合格产品案")).isEqualTo(1);
        click(waitFor(By.xpath("//section[contains(@class,'tasks-list')]//li[contains(@class,'task')][contains(., '"
            + caseNumber + "')]//h4/a[normalize-space(.)='调查取证']")));
        WebElement form = waitFor(By.cssSelector("[cam-tasklist-task] form.fjs-form"));
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE).until(d -> fieldValues(form).contains(caseNumber));
        assertThat(fieldValues(form)).contains("承办人：张承办、李承办").doesNotContain("handler1");
        WebElement task = waitFor(By.cssSelector("[cam-tasklist-task]"));
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE).until(d -> task.getText().contains("张承办"));
        assertThat(task.getText()).doesNotContain("设置办理期限", "添加用户组", "承办 张");
        screenshot("tasklist-my-work.png");
    }

    @Test
    void theAdministratorStillHasTheAdministratorsButtons() {
        openBrowser("zh-CN,zh");
        logInAs("admin", "Tasklist-Test-2026");
        WebElement header = waitFor(By.cssSelector("[cam-widget-header]"));
        waitUntilTextIn(header, "系统管理员");
        waitUntilTextIn(header, "新建任务");
    }

    @Test
    void startFormOfEnforcementCaseRendersWithChineseLabels() {
        openBrowser("zh-CN,zh");
        logInAs("handler1");

        click(waitFor(By.xpath("//*[@cam-widget-header]//a[normalize-space(.)='发起流程']")));
        WebElement dialog = waitFor(By.cssSelector(".modal-content"));
        waitUntilTextIn(dialog, "请点击要发起的流程。");
        click(waitFor(By.xpath("//div[contains(@class,'modal-content')]//ul[contains(@class,'processes')]"
            + "//a[normalize-space(.)='行政执法案件']")));

        WebElement form = waitFor(By.cssSelector(".modal-content form.fjs-form"));
        waitUntilTextIn(form, "立案登记");
        assertThat(browser.driver().findElement(By.cssSelector(".modal-content .modal-title")).getText())
            .contains("发起流程", "行政执法案件");
        List<String> labels = form.findElements(By.cssSelector("label.fjs-form-field-label")).stream()
            .map(label -> label.getText().replaceAll("\\s+", "")).toList();
        assertThat(labels).contains("案件名称*", "执法类别*", "执法行为*", "程序类型*", "执法层级*", "执法领域*",
            "当事人类型*", "当事人名称（姓名）*", "一般程序", "自然人", "已举行听证");
        assertThat(form.getText()).contains("请如实填写案件基本信息", "案件情形");
        assertThat(browser.driver().findElement(By.cssSelector(".modal-content .modal-footer")).getText()).contains("发起");
        assertThat(form.findElements(By.cssSelector(".fjs-select-display"))).extracting(WebElement::getText)
            .containsOnly("请选择");
        assertThat(browser.driver().findElements(By.cssSelector(".modal-content .alert-danger")))
            .noneMatch(WebElement::isDisplayed);

        // the actions offered follow the category chosen
        WebElement category = form.findElement(By.xpath(".//div[contains(@class,'fjs-form-field')]"
            + "[label[starts-with(normalize-space(.),'执法类别')]]//div[contains(@class,'fjs-input-group')]"));
        category.click();
        waitFor(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='行政强制']")).click();
        WebElement action = form.findElement(By.xpath(".//div[contains(@class,'fjs-form-field')]"
            + "[label[starts-with(normalize-space(.),'执法行为')]]//div[contains(@class,'fjs-input-group')]"));
        action.click();
        waitFor(By.cssSelector(".fjs-dropdownlist-item"));
        assertThat(browser.driver().findElements(By.cssSelector(".fjs-dropdownlist-item"))).extracting(WebElement::getText)
            .containsExactly("行政强制 · 查封/扣押", "行政强制 · 冻结", "行政强制 · 强制拆除", "行政强制 · 其他强制执行");
    }

    @Test
    void handlerRegistersACaseChoosingTheHandlersByNameFromTheEnforcementStaff() {
        String title = "某超市销售过期食品案（" + System.nanoTime() % 100000 + "）";
        openBrowser("zh-CN,zh");
        logInAs("handler1");
        WebElement form = openStartForm();

        write(form, "案件名称", title);
        choose(form, "执法类别", "行政处罚");
        choose(form, "执法行为", "行政处罚 · 罚款");
        choose(form, "执法层级", "市级");
        write(form, "执法领域", "市场监管");
        click(form.findElement(By.xpath(".//label[normalize-space(.)='法人或其他组织']/input")));
        write(form, "当事人名称", "某某商贸有限公司");
        choose(form, "承办机构", "执法一大队");

        // the handlers: the certified enforcement staff by name, no user names anywhere
        WebElement handlers = field(form, "承办人");
        assertThat(handlers.getText()).contains("至少两名", "输入姓名查找");
        WebElement input = handlers.findElement(By.cssSelector("input"));
        input.click();
        List<String> offered = waitFor(By.cssSelector(".fjs-dropdownlist")).findElements(By.cssSelector(".fjs-dropdownlist-item"))
            .stream().map(WebElement::getText).toList();
        assertThat(offered).contains("张承办（执法证号 演示-0001）", "李承办（执法证号 演示-0002）")
            .noneMatch(label -> label.contains("handler") || label.contains("审核"));
        waitFor(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(.),'张承办')]")).click();
        input.click();
        waitFor(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(.),'李承办')]")).click();
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE)
            .until(d -> handlers.findElements(By.cssSelector(".fjs-taglist-tag")).size() == 2);
        assertThat(handlers.findElements(By.cssSelector(".fjs-taglist-tag"))).extracting(WebElement::getText)
            .allMatch(tag -> tag.startsWith("张承办") || tag.startsWith("李承办"));
        waitUntilTextIn(waitFor(By.cssSelector(".fjs-dropdownlist")), "已全部选择");
        assertThat(form.getText()).doesNotContain("handler1", "handler2", "All values selected");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].blur();", input);
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE).until(d -> d.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty());
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'});", handlers);
        screenshot("tasklist-start-form.png");

        click(waitFor(By.xpath("//div[contains(@class,'modal-content')]//div[contains(@class,'modal-footer')]"
            + "//button[normalize-space(.)='发起']")));
        java.util.concurrent.atomic.AtomicReference<String> notice = new java.util.concurrent.atomic.AtomicReference<>();
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
            .until(d -> d.findElements(By.cssSelector(".notifications .status"))
            .stream().map(WebElement::getText).filter(text -> text.startsWith("已立案")).peek(notice::set).findFirst().isPresent());

        // registered with the two chosen as handlers
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE).until(d -> engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey("enforcement-case").variableValueEquals("caseTitle", title).count() == 1);
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey("enforcement-case").variableValueEquals("caseTitle", title).singleResult().getId();
        assertThat(String.valueOf(engine.getRuntimeService().getVariable(instance, "handlers")))
            .contains("handler1", "handler2");
        // the notification says the case number (Tasklist's own says only "流程已发起。")
        String caseNumber = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult()
            .getBusinessKey();
        assertThat(caseNumber).isNotBlank();
        assertThat(notice.get()).isEqualTo("已立案，案件编号 " + caseNumber);
    }

    @Test
    void theStartFormRefusesASingleHandlerInChinese() {
        openBrowser("zh-CN,zh");
        logInAs("handler1");
        WebElement form = openStartForm();
        write(form, "案件名称", "只有一名承办人的案件");
        choose(form, "执法类别", "行政处罚");
        choose(form, "执法行为", "行政处罚 · 警告/通报批评");
        choose(form, "执法层级", "县级");
        write(form, "执法领域", "市场监管");
        click(form.findElement(By.xpath(".//label[normalize-space(.)='自然人']/input")));
        write(form, "当事人名称", "王某");
        choose(form, "承办机构", "执法二大队");
        WebElement handlers = field(form, "承办人");
        handlers.findElement(By.cssSelector("input")).click();
        waitFor(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(.),'李承办')]")).click();

        click(waitFor(By.xpath("//div[contains(@class,'modal-content')]//div[contains(@class,'modal-footer')]"
            + "//button[normalize-space(.)='发起']")));

        // Tasklist shows the refusal in the dialog or as a message
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE).until(d -> bodyText().contains("承办人不足"));
        assertThat(bodyText()).contains("案件应由至少两名执法人员承办", "当前为1名").doesNotContain("Exception", "ENGINE-");
    }

    /** on how many lines the first card's label shows the text (read from the laid-out text, as the user sees it) */
    long linesOf(String text) {
        Object lines = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
            const text = arguments[0];
            for (const value of document.querySelectorAll('.tasks-list .task .variable-value')) {
              const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(text);
                if (at >= 0) {
                  const range = document.createRange();
                  range.setStart(node, at);
                  range.setEnd(node, at + text.length);
                  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
                }
              }
            }
            return -1;
            """, text);
        return ((Number) lines).longValue();
    }

    /** opens 发起流程 → 行政执法案件 and waits for the start form */
    WebElement openStartForm() {
        click(waitFor(By.xpath("//*[@cam-widget-header]//a[normalize-space(.)='发起流程']")));
        waitUntilTextIn(waitFor(By.cssSelector(".modal-content")), "请点击要发起的流程。");
        click(waitFor(By.xpath("//div[contains(@class,'modal-content')]//ul[contains(@class,'processes')]"
            + "//a[normalize-space(.)='行政执法案件']")));
        WebElement form = waitFor(By.cssSelector(".modal-content form.fjs-form"));
        waitUntilTextIn(form, "立案登记");
        return form;
    }

    /** the start form's field whose label starts with the text */
    static WebElement field(WebElement form, String label) {
        return form.findElement(By.xpath(".//div[contains(@class,'fjs-form-field')][label[1][starts-with(normalize-space(.),'"
            + label + "')]]"));
    }

    /** picks the option of a select field */
    void choose(WebElement form, String label, String option) {
        field(form, label).findElement(By.cssSelector(".fjs-input-group")).click();
        waitFor(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']")).click();
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE).until(d -> field(form, label).getText().contains(option));
    }

    /** types Chinese into a text field of the start form, as an input method would */
    void write(WebElement form, String label, String text) {
        WebElement input = field(form, label).findElement(By.cssSelector("input"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
            const field = arguments[0];
            field.focus();
            Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(field, arguments[1]);
            field.dispatchEvent(new Event('input', {bubbles: true}));
            field.dispatchEvent(new Event('change', {bubbles: true}));
            field.blur();
            """, input, text);
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE).until(d -> text.equals(input.getDomProperty("value")));
    }

    @Test
    void reviewerOpensTheWrittenOpinionFormOfAMajorCaseInChinese() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.caseUpToReview(CaseFixture.majorFacts());
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        openBrowser("zh-CN,zh");
        logInAs("reviewer1");

        click(waitFor(CLAIMABLE_FILTER));
        click(waitFor(By.xpath("//section[contains(@class,'tasks-list')]//h4[contains(@class,'task')]"
            + "/a[normalize-space(.)='法制审核并出具书面意见']")));
        WebElement form = waitFor(By.cssSelector(".task-details form.fjs-form, [cam-tasklist-task] form.fjs-form"));
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE).until(d -> fieldValues(form).contains(caseNumber));
        assertThat(form.getText()).contains("拟作出决定（说理式）", "送审材料", "历次审核记录", "审核内容", "执法主体是否合法",
            "书面审核意见", "同意", "存在问题", "涉嫌犯罪，建议移送司法机关");
        screenshot("tasklist-review-form.png");
    }

    void openBrowser(String acceptLanguages) {
        browser = Browser.open(acceptLanguages, 1400, 1000);
        tasklist = new Tasklist(browser, port);
    }

    void openTasklist() {
        tasklist.openLoginPage();
    }

    void logInAs(String user) {
        tasklist.logInAs(user);
    }

    void logInAs(String user, String password) {
        tasklist.logInAs(user, password);
    }

    WebElement usernameField() {
        return tasklist.usernameField();
    }

    WebElement passwordField() {
        return tasklist.passwordField();
    }

    WebElement loginButton() {
        return tasklist.loginButton();
    }

    WebElement searchField() {
        return waitFor(By.cssSelector("[cam-widget-search] input"));
    }

    WebElement waitFor(By locator) {
        return tasklist.waitFor(locator);
    }

    void waitUntilTextIn(WebElement element, String text) {
        tasklist.waitUntilTextIn(element, text);
    }

    void click(WebElement element) {
        tasklist.click(element);
    }

    /** what the form's fields hold (a field's value is not part of the form's text) */
    static String fieldValues(WebElement form) {
        return form.findElements(By.cssSelector("textarea, input")).stream()
            .map(field -> field.getDomProperty("value")).filter(Objects::nonNull)
            .collect(Collectors.joining("\n"));
    }

    String bodyText() {
        return tasklist.bodyText();
    }

    void screenshot(String name) {
        browser.screenshot(name);
    }
}
