package org.cunwu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** The browser tests' phone is a real 375 px phone, not the 500 px that headless Chromium makes of a narrow window. */
class ChromiumIT {

    static final String PAGE = "data:text/html;charset=utf-8,<!DOCTYPE%20html><html><head>"
            + "<meta%20name='viewport'%20content='width=device-width,initial-scale=1'></head><body><p>x</p></body></html>";

    WebDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    long width() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).longValue();
    }

    @Test
    void aPhoneIs375PixelsWideOnEveryPageUntilTheBrowserIsMadeWider() throws Exception {
        browser = Chromium.start(375, 812);
        browser.get(PAGE);
        assertThat(width()).isEqualTo(375);
        assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth;")).isEqualTo(375L);
        browser.get(PAGE.replace(">x<", ">y<"));
        assertThat(width()).as("the next page too").isEqualTo(375);
        Chromium.resize(browser, 1280, 900);
        browser.get(PAGE);
        assertThat(width()).as("a desktop again").isEqualTo(1280);
        Chromium.resize(browser, 360, 740);
        assertThat(width()).as("a smaller phone").isEqualTo(360);
    }
}
