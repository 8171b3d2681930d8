package org.sanxiang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.Browser;
import org.sanxiang.CaseFixture;
import org.sanxiang.NeedsChromium;
import org.sanxiang.TestDatabaseProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The agency's workplace across Camunda's webapps, in headless Chromium: dates in Beijing time even on a computer
 * set to another zone, 取消认领 by the holder and refused in Chinese to anybody else, and people's names surname
 * first in Cockpit and Admin as in Tasklist.
 */
// the same context as TasklistChineseIT (one application, one database for both)
@ExtendWith(NeedsChromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.admin-user.id=admin", "camunda.bpm.admin-user.password=Tasklist-Test-2026",
        "camunda.bpm.admin-user.first-name=管理员", "camunda.bpm.admin-user.last-name=系统",
        "sanxiang.agency-name=" + TasklistChineseIT.AGENCY})
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class WorkplaceInTheWebappsIT {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void datesInTasklistAreInBeijingTimeOnAComputerSetToUtc() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.register(CaseFixture.facts());
        Task task = fixture.task(caseNumber, "investigate");
        // 18:30 UTC on 12 October is 02:30 on 13 October in Beijing
        engine.getTaskService().setDueDate(task.getId(), Date.from(Instant.parse("2030-10-12T18:30:00Z")));
        browser = Browser.open("zh-CN,zh", 1400, 1000, "UTC");
        Tasklist tasklist = new Tasklist(browser, port).logInAs("handler1");
        assertThat(browser.driver().executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("UTC");

        By card = By.xpath("//section[contains(@class,'tasks-list')]//li[contains(@class,'task')][contains(., '"
            + caseNumber + "')]");
        assertThat(textOnceItShows(tasklist, card, "2030年10月13日")).contains("02:30").doesNotContain("2030年10月12日");

        tasklist.openTask(task.getId());
        assertThat(textOnceItShows(tasklist, By.cssSelector("[cam-tasklist-task]"), "2030年10月13日"))
            .contains("02:30").doesNotContain("2030年10月12日");
        browser.screenshot("tasklist-beijing-time.png");
    }

    @Test
    void theHolderUnclaimsAndAnybodyElseIsToldInChineseWhomToAsk() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.register(CaseFixture.facts());
        Task task = fixture.task(caseNumber, "investigate");
        assertThat(task.getAssignee()).isEqualTo("handler1");

        browser = Browser.open("zh-CN,zh", 1400, 1000);
        Tasklist other = new Tasklist(browser, port).logInAs("handler2");
        other.openTask(task.getId());
        other.click(other.waitFor(By.cssSelector("[cam-tasklist-task] a.reset-assignee")));
        other.waitForNotification("只有其本人可以取消认领");
        assertThat(other.notifications()).contains("张承办").doesNotContain("handler1", "ENGINE-", "Exception");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("handler1");
        browser.close();

        browser = Browser.open("zh-CN,zh", 1400, 1000);
        Tasklist holder = new Tasklist(browser, port).logInAs("handler1");
        holder.openTask(task.getId());
        holder.click(holder.waitFor(By.cssSelector("[cam-tasklist-task] button.unclaim")));
        new WebDriverWait(browser.driver(), Tasklist.PATIENCE).until(d ->
            engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee() == null);
        holder.waitFor(By.cssSelector("[cam-tasklist-task] button.claim"));
    }

    @Test
    void cockpitAndAdminNameTheSignedInPersonSurnameFirst() {
        browser = Browser.open("zh-CN,zh", 1400, 1000);
        Tasklist tasklist = new Tasklist(browser, port);
        tasklist.logInAs("admin", "Tasklist-Test-2026");
        for (String app : new String[] {"cockpit", "admin"}) {
            browser.driver().get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
            By header = By.cssSelector("[cam-widget-header]");
            textOnceItShows(tasklist, header, "系统管理员");
            assertThat(textOnceItShows(tasklist, header, TasklistChineseIT.AGENCY)).as(app)
                .contains("系统管理员").doesNotContain("管理员 系统");
        }
    }

    /** the element's text once it shows the text, the element found afresh each time (Tasklist re-renders its lists) */
    private static String textOnceItShows(Tasklist tasklist, By locator, String text) {
        tasklist.waitFor(locator);
        return new WebDriverWait(tasklist.browser().driver(), Tasklist.PATIENCE)
            .ignoring(StaleElementReferenceException.class)
            .withMessage(() -> "no " + text + " in " + locator)
            .until(d -> d.findElements(locator).stream().map(WebElement::getText).filter(t -> t.contains(text))
                .findFirst().orElse(null));
    }
}
