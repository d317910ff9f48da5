package org.cunwu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Chinese and English bundles hold the same keys, every key a template names exists, and no
 * template shows bare text a translator cannot reach (petclinic's I18nPropertiesSyncTest, adapted).
 */
class I18nTests {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Set<String> VOID_ELEMENTS = Set.of("meta", "link", "input", "br", "hr", "img", "source", "col", "area", "base", "wbr");
    static final Pattern TOKEN = Pattern.compile("<!--.*?-->|<![^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*?)(/?)>|([^<]+)", Pattern.DOTALL);
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    /** A message key passed to a fragment as a quoted argument: ~{fragments/fields :: checkField('petition', 'problem.petition')}. */
    static final Pattern FRAGMENT_KEY = Pattern.compile("'([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)'");
    static final Path SOURCES = Path.of("src/main/java");
    /** A dotted lower-case string literal in Java is a message key, or its start when something is appended. */
    static final Pattern JAVA_KEY = Pattern.compile("\"\\{?([a-z][a-zA-Z0-9]+(?:\\.[a-zA-Z0-9]+)+(\\.)?)}?\"(\\s*\\+)?");
    /** Lines whose dotted literals are property paths, SQL or configuration, not message keys. */
    static final Pattern NOT_KEYS = Pattern.compile("Sort\\.by|@EntityGraph|batches\\.forEach|Selection\\.of|SORTABLE|\"spring\\.|\"cunwu\\.");

    @Test
    void chineseAndEnglishBundlesHoldTheSameKeys() throws IOException {
        List<Path> chinese;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            chinese = files.filter(p -> !p.getFileName().toString().contains("_")).toList();
        }
        assertThat(chinese).isNotEmpty();
        for (Path zh : chinese) {
            Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(en).exists();
            Set<String> zhKeys = new TreeSet<>(load(zh).stringPropertyNames());
            Set<String> enKeys = new TreeSet<>(load(en).stringPropertyNames());
            assertThat(enKeys).as("keys of %s", en).containsExactlyElementsOf(zhKeys);
        }
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path p : files.toList()) {
                keys.addAll(load(p).stringPropertyNames());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
            for (String line : Files.readAllLines(template)) {
                Matcher call = FRAGMENT_KEY.matcher(line.contains("~{fragments/") ? line : "");
                while (call.find()) {
                    if (!keys.contains(call.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + ": " + call.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyNamedInJavaExistsInBothLanguages() throws IOException {
        Set<String> chinese = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path p : files.toList()) {
                (p.getFileName().toString().endsWith("_en.properties") ? english : chinese).addAll(load(p).stringPropertyNames());
            }
        }
        List<String> missing = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        int checked = 0;
        for (Path source : sources) {
            for (String line : Files.readAllLines(source)) {
                if (NOT_KEYS.matcher(line).find() || line.strip().startsWith("*") || line.strip().startsWith("//")) {
                    continue;
                }
                Matcher m = JAVA_KEY.matcher(line);
                while (m.find()) {
                    String key = m.group(1);
                    boolean prefix = m.group(2) != null || m.group(3) != null;
                    checked++;
                    for (Set<String> keys : List.of(chinese, english)) {
                        if (prefix ? keys.stream().noneMatch(k -> k.startsWith(key)) : !keys.contains(key)) {
                            missing.add(SOURCES.relativize(source) + ": " + key + (keys == english ? " (en)" : " (zh)"));
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoBareText() throws IOException {
        List<String> bare = new ArrayList<>();
        for (Path template : templates()) {
            Deque<String[]> open = new ArrayDeque<>();
            Matcher m = TOKEN.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (m.find()) {
                if (m.group(5) != null) {
                    String text = m.group(5).strip();
                    boolean styleOrScript = !open.isEmpty() && (open.peek()[0].equals("style") || open.peek()[0].equals("script"));
                    if (!styleOrScript && text.codePoints().anyMatch(Character::isLetter) && open.stream().noneMatch(I18nTests::replacesItsText)) {
                        bare.add(TEMPLATES.relativize(template) + ": \"" + text + "\"");
                    }
                } else if (m.group(2) != null) {
                    String tag = m.group(2).toLowerCase();
                    if (!m.group(1).isEmpty()) {
                        while (!open.isEmpty() && !open.pop()[0].equals(tag)) {
                            // close unclosed children
                        }
                    } else if (!VOID_ELEMENTS.contains(tag) && m.group(4).isEmpty()) {
                        open.push(new String[] {tag, m.group(3)});
                    }
                }
            }
        }
        assertThat(bare).isEmpty();
    }

    /** Text inside such an element is a placeholder that Thymeleaf replaces. */
    static boolean replacesItsText(String[] element) {
        String attributes = element[1];
        return attributes.contains("th:text") || attributes.contains("th:errors") || attributes.contains("th:utext") || attributes.contains("th:replace")
                || attributes.contains("th:insert");
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    static Properties load(Path path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
