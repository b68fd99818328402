package org.threepl.portal.interfaces.web;

import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.security.SecurityEventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two languages' bundles hold the same keys, each once, and every key a page names literally
 * ({@code msg['…']}) exists: a page never shows a bare key in either language.
 */
class MessageBundlesTest {

    private static final Path I18N = Path.of("src/main/resources/org/threepl/portal/i18n");
    private static final Path WEBAPP = Path.of("src/main/webapp");

    private static List<String> keys(String file) {
        List<String> keys = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(I18N.resolve(file), StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#") && l.contains("=")) {
                    keys.add(l.substring(0, l.indexOf('=')).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameKeysEachOnce() {
        List<String> en = keys("messages.properties");
        List<String> zh = keys("messages_zh_CN.properties");
        assertEquals(List.of(), duplicates(en), "keys twice in English");
        assertEquals(List.of(), duplicates(zh), "keys twice in Chinese");
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertEquals(Set.of(), onlyEn, "missing in Chinese");
        assertEquals(Set.of(), onlyZh, "missing in English");
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Set<String> known = new HashSet<>(keys("messages.properties"));
        Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = literal.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + WEBAPP.relativize(page) + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everySecurityEventAndCategoryHasItsName() {
        Set<String> known = new HashSet<>(keys("messages.properties"));
        for (SecurityEventType t : SecurityEventType.values()) {
            assertTrue(known.contains("securityEvent." + t.name()), t.name());
        }
        for (SecurityEventType.Category c : SecurityEventType.Category.values()) {
            assertTrue(known.contains("securityCategory." + c.name()), c.name());
        }
    }

    private static List<String> duplicates(List<String> keys) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        keys.forEach(k -> {
            if (!seen.add(k)) {
                twice.add(k);
            }
        });
        return List.copyOf(twice);
    }
}
