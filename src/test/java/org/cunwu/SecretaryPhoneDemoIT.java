package org.cunwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo village secretary of 褚墩一村 on a phone (375 px), on the demo district's own records: records a household
 * visit for one of the village's demo representatives and sees it saved, finds a representative by typing in the
 * picker, reads lists whose titles keep their width and that offer no town or village filter, and opens the notice
 * board whose names and dates stay whole and whose print button prints. Screenshots go to target/phone-shots.
 */
@DemoIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretaryPhoneDemoIT extends PhoneBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    void shoot(String name) throws Exception {
        Path dir = Path.of("target", "phone-shots");
        Files.createDirectories(dir);
        Files.copy(((TakesScreenshot) phone).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** How many lines a cell's text takes: the distinct tops of its text's boxes (the cell itself is as tall as its row). */
    long linesOf(WebElement cell) {
        return (Long) script("var r = document.createRange(); r.selectNodeContents(arguments[0]);"
                + " return new Set(Array.from(r.getClientRects()).map(b => Math.round(b.top))).size;", cell);
    }

    @Test
    void theDemoSecretaryRecordsAVisitAndPrintsTheNoticeBoardOnAPhone() throws Exception {
        Long village = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
        // a demo representative of the village with a linked household: written by the demo loader, not by a fixture
        String representative = jdbc.queryForObject("select r.name from representative r where r.village_id = ? and exists "
                + "(select 1 from representative_household h where h.representative_id = r.id) and not exists (select 1 from representative o "
                + "where o.village_id = r.village_id and o.id <> r.id and position(r.name in o.name) > 0) order by r.id limit 1", String.class, village);

        phone.get(url("/login"));
        assertThat((Long) script("return window.innerWidth;")).as("a phone's width").isLessThanOrEqualTo(375L);
        Chromium.signIn(phone, "sec-chudun1", "demo-password");
        assertFitsTheScreen();

        // a household visit, the representative found by typing part of the name into the picker
        tap(By.linkText("登记走访"));
        assertFitsTheScreen();
        WebElement search = phone.findElement(By.id("pickRepresentative-search"));
        search.sendKeys(representative);
        Select picker = new Select(phone.findElement(By.id("pickRepresentative")));
        assertThat(picker.getOptions()).extracting(WebElement::getText).contains(representative)
                .allMatch(name -> name.contains(representative) || name.equals("请选择"));
        assertThat(picker.getFirstSelectedOption().getText()).isEqualTo(representative);
        shoot("visit-picker");
        tap(By.cssSelector("main form[method=get] button[type=submit]"));
        new Select(phone.findElement(By.id("householdId"))).selectByIndex(1);
        phone.findElement(By.id("notes")).sendKeys("了解春耕用工需求");
        tap(By.cssSelector("main form[method=post] button[type=submit]"));
        assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("走访已记录");
        assertThat(phone.findElement(By.tagName("main")).getText()).contains(representative).contains("了解春耕用工需求")
                .doesNotContain("系统错误");
        assertFitsTheScreen();

        // lists of the secretary's one village: no town or village filter, titles a few characters wide at least
        for (String list : List.of("/commitments", "/problems")) {
            phone.get(url(list));
            assertFitsTheScreen();
            assertThat(phone.findElements(By.cssSelector("form.filter-form select[name=townId], form.filter-form select[name=villageId]")))
                    .as(list).isEmpty();
            WebElement title = phone.findElement(By.cssSelector("td.title-cell"));
            assertThat(title.getRect().getWidth()).as("title column of %s", list).isGreaterThanOrEqualTo(150);
            shoot(list.substring(1));
        }

        // the notice board: names and dates on one line, and a print button that prints
        phone.get(url("/"));
        tap(By.linkText("打印公示栏"));
        assertFitsTheScreen();
        List<WebElement> names = phone.findElements(By.cssSelector(".notice-board tbody td:nth-child(2)"));
        List<WebElement> dates = phone.findElements(By.cssSelector(".notice-board tbody td:nth-child(4)"));
        assertThat(names).isNotEmpty();
        assertThat(names.subList(0, Math.min(10, names.size()))).allSatisfy(cell -> assertThat(linesOf(cell)).as(cell.getText()).isEqualTo(1L));
        assertThat(dates.subList(0, Math.min(10, dates.size()))).allSatisfy(cell -> assertThat(linesOf(cell)).as(cell.getText()).isEqualTo(1L));
        shoot("notice-board");
        WebElement print = phone.findElement(By.cssSelector("button[data-print]"));
        assertThat(print.isDisplayed()).isTrue();
        assertThat(print.getText()).isEqualTo("打印");
        script("window.printed = 0; window.print = function () { window.printed++; };");
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", print);
        assertThat(script("return window.printed;")).isEqualTo(1L);
        // on paper the button and the navigation are left out
        assertThat(script("var css = Array.from(document.styleSheets).flatMap(s => Array.from(s.cssRules || []))"
                + ".filter(r => r.media && r.media.mediaText === 'print').map(r => r.cssText).join(' '); return css.includes('.no-print');"))
                .isEqualTo(true);
        assertThat(print.findElement(By.xpath("ancestor::div[contains(@class, 'no-print')]"))).isNotNull();
    }
}
