package org.cunwu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test on a phone's screen (375 × 812): Chromium started once for the class and stopped after it, with what
 * every phone test asks of a page (its address on the running portal, a script, that it fits the screen, a tap).
 * The subclass carries its own integration-test annotation and its data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PhoneBrowserTest {

    @LocalServerPort
    protected int port;

    protected WebDriver phone;

    @BeforeAll
    void startPhone() throws Exception {
        phone = Chromium.start(375, 812);
    }

    @AfterAll
    void stopPhone() {
        if (phone != null) {
            phone.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) phone).executeScript(script, arguments);
    }

    /** How much wider than the screen the page is; 0 or less when it fits. */
    protected long overflow() {
        return (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    protected void assertFitsTheScreen() {
        assertThat(overflow()).as("page wider than the phone: %s", phone.getCurrentUrl()).isLessThanOrEqualTo(0L);
    }

    /** Taps something that loads a new page: scrolled into view first, the phone screen being short. */
    protected void tap(WebElement element) {
        Chromium.loads(phone, () -> script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element));
    }

    protected void tap(By by) {
        tap(phone.findElement(by));
    }
}
