package org.cunwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * How the Java sources are written, where a reader would otherwise trip: a type is named by an import, not spelt out
 * with its package in the middle of the code (STYLE.md). Two types of the same simple name in one file may still be
 * told apart by their packages.
 */
class SourceStyleTests {

    static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"));
    /** A package path ending in a type's name, as code would spell it: {@code java.util.List}, {@code @org.x.Value}. */
    static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])@?((?:java|javax|jakarta|org|com)\\.(?:[a-z0-9_]+\\.)+)([A-Z]\\w*)");
    static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)(?:\\.\\*)?;", Pattern.MULTILINE);

    @Test
    void typesAreImportedNotSpeltOutInline() throws IOException {
        List<String> inline = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    inline.addAll(inlineNames(file, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(inline).as("fully-qualified names in code (import them)").isEmpty();
    }

    @Test
    void theCheckSeesCodeButNotCommentsStringsOrImports() {
        String source = """
                package a;

                import java.util.List;

                /** See {@link java.util.Map}. */
                class A {
                    // java.util.Set in a comment
                    String s = "java.util.Set in a string";
                    java.util.Deque<String> d;
                    @org.springframework.beans.factory.annotation.Value("x") String v;
                }
                """;
        assertThat(inlineNames(Path.of("A.java"), source))
                .containsExactly("A.java:9: java.util.Deque", "A.java:10: org.springframework.beans.factory.annotation.Value");
    }

    @Test
    void twoTypesOfOneNameMayBeToldApartByTheirPackages() {
        String source = """
                package a;

                class A {
                    java.util.Date day;
                    java.sql.Date column;
                }
                """;
        assertThat(inlineNames(Path.of("A.java"), source)).isEmpty();
    }

    /** The fully-qualified names in a file's code, except where another type of the same simple name needs them. */
    static List<String> inlineNames(Path file, String source) {
        String code = codeOnly(source);
        List<String> imported = IMPORT.matcher(source).results().map(m -> m.group(1)).toList();
        List<String> samePackage = typesBeside(file);
        record Found(int line, String qualified, String name) {
        }
        List<Found> found = new ArrayList<>();
        Matcher m = QUALIFIED.matcher(code);
        while (m.find()) {
            String lineStart = code.substring(code.lastIndexOf('\n', m.start()) + 1, m.start());
            if (!lineStart.matches("\\s*(import|package) .*")) {
                found.add(new Found(code.substring(0, m.start()).split("\n", -1).length, m.group(1) + m.group(2), m.group(2)));
            }
        }
        List<String> inline = new ArrayList<>();
        for (Found f : found) {
            boolean clash = imported.stream().anyMatch(i -> i.endsWith("." + f.name()) && !i.equals(f.qualified()))
                    || found.stream().anyMatch(o -> o.name().equals(f.name()) && !o.qualified().equals(f.qualified()))
                    || samePackage.contains(f.name());
            if (!clash) {
                inline.add(file + ":" + f.line() + ": " + f.qualified());
            }
        }
        return inline;
    }

    /** The simple names of the other types of a file's package (a type of the same name elsewhere must be qualified). */
    static List<String> typesBeside(Path file) {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java") && !n.equals(file.getFileName().toString()))
                    .map(n -> n.substring(0, n.length() - ".java".length())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source with comments, strings and character literals blanked out (line breaks kept). */
    static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                end = i + 1;
                while (end < n && source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
            } else {
                code.append(source.charAt(i++));
                continue;
            }
            for (int j = i; j < end; j++) {
                code.append(source.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return code.toString();
    }
}
