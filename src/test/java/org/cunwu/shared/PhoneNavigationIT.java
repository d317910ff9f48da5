package org.cunwu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.cunwu.IntegrationTest;
import org.cunwu.Chromium;
import org.cunwu.PhoneBrowserTest;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The top navigation on a phone (375 px): folded behind a menu button that opens the links as a vertical list,
 * with the user's name and the log-out button inside, under the strict Content-Security-Policy; without JavaScript
 * the links are listed; on paper it is gone; on a desktop screen nothing is folded.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneNavigationIT extends PhoneBrowserTest {

    @Autowired
    VillageFixtures fixtures;

    @BeforeAll
    void createSecretary() {
        Village village = fixtures.village("菜单村", fixtures.town("菜单镇"));
        fixtures.account("menu-secretary", "菜单书记", "menu-pass-1", Role.VILLAGE_SECRETARY, village.getId());
    }

    WebElement menuButton() {
        return phone.findElement(By.cssSelector("button.portal-menu-toggle"));
    }

    /** A link of the navigation, found by its address (link text finds only links that are shown). */
    WebElement navLink(String path) {
        return phone.findElement(By.cssSelector("#portal-menu .portal-nav a[href='" + path + "']"));
    }

    WebElement logout() {
        return phone.findElement(By.cssSelector("#portal-menu form[action='/logout'] button"));
    }

    /** What the console said that a user would call broken: CSP violations, script errors, failed loads. */
    List<String> consoleErrors() {
        return phone.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("favicon.ico")).toList();
    }

    @Test
    void onAPhoneTheLinksOpenFromTheMenuButtonAndOnADesktopTheyAreListed() {
        phone.get(url("/login"));
        assertThat(phone.findElements(By.cssSelector("button.portal-menu-toggle"))).as("no menu before signing in").isEmpty();
        WebElement brand = phone.findElement(By.cssSelector(".navbar-brand"));
        WebElement languages = phone.findElement(By.cssSelector(".lang-switch"));
        assertThat(languages.isDisplayed()).isTrue();
        assertThat(languages.getLocation().getY()).as("languages beside the brand").isLessThan(brand.getLocation().getY() + brand.getSize().getHeight());
        Chromium.signIn(phone, "menu-secretary", "menu-pass-1");

        // folded: only the brand and the menu button, named from the bundle
        WebElement button = menuButton();
        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getAttribute("aria-controls")).isEqualTo("portal-menu");
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(script("return arguments[0].innerText.trim();", button)).isEqualTo("☰菜单");
        assertThat(button.getAccessibleName()).isEqualTo("菜单");
        assertThat(navLink("/problems").isDisplayed()).isFalse();
        assertThat(logout().isDisplayed()).isFalse();
        assertThat(overflow()).as("page wider than the phone").isLessThanOrEqualTo(0L);

        // open: the links one under another, then the user's name and log out
        button.click();
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        WebElement home = navLink("/");
        WebElement problems = navLink("/problems");
        assertThat(problems.isDisplayed()).isTrue();
        assertThat(problems.getText()).isEqualTo("群众问题");
        assertThat(problems.getLocation().getX()).isEqualTo(home.getLocation().getX());
        assertThat(problems.getLocation().getY()).isGreaterThan(home.getLocation().getY());
        assertThat(phone.findElement(By.cssSelector("#portal-menu .user-badge")).getText()).contains("菜单书记");
        assertThat(logout().isDisplayed()).isTrue();
        WebElement search = phone.findElement(By.id("portal-search-q"));
        assertThat(search.isDisplayed()).as("search box in the open menu").isTrue();
        assertThat(search.getSize().getWidth()).as("search box across the menu").isGreaterThan(300);
        assertThat(overflow()).as("open menu wider than the phone").isLessThanOrEqualTo(0L);

        // tapped again it folds; Escape folds it too
        button.click();
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(problems.isDisplayed()).isFalse();
        button.click();
        phone.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(problems.isDisplayed()).isFalse();

        // a link in the menu goes to its page, where the menu is folded again
        button.click();
        Chromium.clickToLoad(phone, problems);
        assertThat(phone.getCurrentUrl()).endsWith("/problems");
        assertThat(menuButton().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(navLink("/problems").isDisplayed()).isFalse();
        assertThat(navLink("/problems").getAttribute("class")).contains("active");
        assertThat(overflow()).as("page wider than the phone").isLessThanOrEqualTo(0L);
        assertThat(consoleErrors()).as("browser console").isEmpty();

        // on paper there is no navigation
        ChromeDriver chromium = (ChromeDriver) phone;
        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(script("return document.querySelector('header.portal-header').checkVisibility();")).isEqualTo(false);
        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // without JavaScript the links are listed and the button, which could do nothing, is not shown
        chromium.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            phone.navigate().refresh();
            assertThat(phone.findElement(By.tagName("html")).getAttribute("class")).doesNotContain("js-nav");
            assertThat(menuButton().isDisplayed()).isFalse();
            assertThat(navLink("/problems").isDisplayed()).isTrue();
            assertThat(logout().isDisplayed()).isTrue();
        } finally {
            chromium.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }

        // a desktop screen: no button, the links in one row beside the brand, log out beside them
        Chromium.resize(phone, 1280, 900);
        phone.get(url("/problems"));
        new WebDriverWait(phone, Duration.ofSeconds(5)).until(d -> !menuButton().isDisplayed());
        assertThat(navLink("/").isDisplayed()).isTrue();
        assertThat(navLink("/problems").isDisplayed()).isTrue();
        assertThat(navLink("/problems").getLocation().getY()).isEqualTo(navLink("/").getLocation().getY());
        assertThat(logout().isDisplayed()).isTrue();
        assertThat(consoleErrors()).as("browser console").isEmpty();

        // at 1440 px the search box, languages and log out fit in the links' row: the header is one line
        Chromium.resize(phone, 1440, 900);
        phone.get(url("/problems"));
        WebElement box = phone.findElement(By.id("portal-search-q"));
        WebElement firstLink = navLink("/");
        assertThat(box.isDisplayed()).isTrue();
        assertThat(box.getLocation().getY()).as("search box in the links' row")
                .isLessThan(firstLink.getLocation().getY() + firstLink.getSize().getHeight());
        assertThat(logout().getLocation().getY()).as("log out in the links' row")
                .isLessThan(firstLink.getLocation().getY() + firstLink.getSize().getHeight());
    }
}
