package org.threepl.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * Every rule the code refuses with ({@code "rule.…", "English …"}) has its Chinese text, each Chinese text belongs to a
 * rule, and no Chinese text names a value ({@code {n}}) that its English does not have: a reader in Chinese never meets
 * a rule's English or an empty placeholder.
 */
class RuleTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CHINESE = Path.of("src/main/resources/org/threepl/portal/i18n/rules_zh_CN.properties");

    /** A rule's key, then its English as one or more string literals joined by {@code +}. */
    private static final Pattern RULE =
            Pattern.compile("\"(rule\\.[A-Za-z0-9.-]+)\"\\s*,\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*(?:\\+\\s*)?)+)");

    private static final Pattern KEY = Pattern.compile("\"(rule\\.[A-Za-z0-9.-]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** Each rule's English, by key, from the code; a key written twice must say the same. */
    private static Map<String, String> englishByKey() throws IOException {
        Map<String, String> english = new TreeMap<>();
        Set<String> conflicting = new TreeSet<>();
        Set<String> withoutEnglish = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8);
                Matcher rule = RULE.matcher(code);
                Set<Integer> described = new java.util.HashSet<>();
                while (rule.find()) {
                    described.add(rule.start());
                    String text = LITERAL.matcher(rule.group(2))
                            .results()
                            .map(m -> m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"))
                            .collect(Collectors.joining());
                    String before = english.putIfAbsent(rule.group(1), text);
                    if (before != null && !before.equals(text)) {
                        conflicting.add(rule.group(1));
                    }
                }
                Matcher key = KEY.matcher(code);
                while (key.find()) {
                    if (!described.contains(key.start())) {
                        withoutEnglish.add(key.group(1) + " (" + SOURCES.relativize(file) + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), conflicting, "one key, two different English texts");
        assertEquals(Set.of(), withoutEnglish, "a key not followed by its English as literals");
        return english;
    }

    private static Properties chinese() throws IOException {
        Properties zh = new Properties();
        try (Reader in = Files.newBufferedReader(CHINESE, StandardCharsets.UTF_8)) {
            zh.load(in);
        }
        return zh;
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRuleHasItsChineseTextAndEveryChineseTextItsRule() throws IOException {
        Map<String, String> english = englishByKey();
        Properties zh = chinese();
        assertTrue(english.size() > 0, "the scan found the rules");
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(zh.stringPropertyNames());
        Set<String> orphans = new TreeSet<>(zh.stringPropertyNames());
        orphans.removeAll(english.keySet());
        assertEquals(Set.of(), missing, "rules without Chinese");
        assertEquals(Set.of(), orphans, "Chinese texts of no rule");
    }

    @Test
    void aChineseTextNamesOnlyValuesItsEnglishHas() throws IOException {
        Map<String, String> english = englishByKey();
        Properties zh = chinese();
        Set<String> wrong = new TreeSet<>();
        english.forEach((key, text) -> {
            String translation = zh.getProperty(key);
            if (translation != null && !placeholders(text).containsAll(placeholders(translation))) {
                wrong.add(key + ": " + placeholders(translation) + " against " + placeholders(text));
            }
        });
        assertEquals(Set.of(), wrong);
    }

    @Test
    void aRefusalIsShownInTheReadersLanguageWithItsValues() {
        DomainRuleViolation.Problem p = DomainRuleViolation.Problem.of(
                "name", "rule.savedFilter.name", "A saved filter needs a name of 1 to {0} characters", 100);
        assertEquals("A saved filter needs a name of 1 to 100 characters", p.message());
        assertEquals("筛选器名称须为 1 至 100 个字符", Faces.inLanguage(p, Locale.SIMPLIFIED_CHINESE));
        assertEquals(p.message(), Faces.inLanguage(p, Locale.ENGLISH));
        assertEquals(p.message(), Faces.inLanguage(p, Locale.GERMAN), "a language without texts reads the English");
    }

    @Test
    void aRefusalsValuesAreWrittenInTheReadersConventionsAndItsEnglishForTheApiAsTheyPrint() {
        DomainRuleViolation.Problem dates = DomainRuleViolation.Problem.of(
                "end",
                "rule.dateRange.endBeforeStart",
                "The end date {0} is before the start date {1}",
                LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 12, 1));
        assertEquals("The end date 2026-11-03 is before the start date 2026-12-01", dates.message(), "the API's");
        assertEquals(
                "The end date 3 Nov 2026 is before the start date 1 Dec 2026", Faces.inLanguage(dates, Locale.ENGLISH));
        assertEquals("结束日期 2026年11月3日 早于开始日期 2026年12月1日", Faces.inLanguage(dates, Locale.SIMPLIFIED_CHINESE));

        Formats english = new Formats(Locale.ENGLISH, ZoneId.of("Europe/London"));
        assertEquals("1,200.00", english.value(new BigDecimal("1200.00")), "an amount keeps its digits");
        assertEquals("2,000", english.value(2000), "a limit is grouped");
        assertEquals("1962291002", english.value(1962291002L), "an id is not a quantity");
        assertEquals(
                english.money(new BigDecimal("1200.5"), "EUR"),
                english.value(new org.threepl.portal.domain.model.shared.Money(
                        new BigDecimal("1200.5"), java.util.Currency.getInstance("EUR"))),
                "an amount with its currency");
        assertEquals("CLIENT_ADMIN", english.value("CLIENT_ADMIN"));
        assertEquals("null", english.value(null));
        assertEquals(
                english.dateTime(Instant.parse("2026-11-03T09:30:00Z")),
                english.value(Instant.parse("2026-11-03T09:30:00Z")),
                "a moment in the reader's zone");
    }

    @Test
    void aRuleWithoutChineseAndAnUntranslatedRefusalReadTheirEnglish() {
        DomainRuleViolation.Problem unknown = DomainRuleViolation.Problem.of("x", "rule.nowhere", "Never {0}", "here");
        assertEquals("Never here", Faces.inLanguage(unknown, Locale.SIMPLIFIED_CHINESE));
        DomainRuleViolation outside = DomainRuleViolation.untranslated("interchange", "Segment ISA ends early");
        assertEquals(
                "Segment ISA ends early", Faces.inLanguage(outside.problems().get(0), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aValueIsFilledInLiterallyAndAPartMadeUnderAPrefixNamesItsFieldBelowIt() {
        assertEquals("It's 5 o'clock, {1}", DomainRuleViolation.fill("It's {0} o'clock, {1}", List.of("5")));
        DomainRuleViolation v = new DomainRuleViolation(List.of(
                DomainRuleViolation.Problem.of("weight", "rule.a", "A {0}", 1),
                DomainRuleViolation.Problem.of(null, "rule.b", "B")));
        DomainRuleViolation under = v.under("tiers[2]");
        assertEquals(
                List.of("tiers[2].weight", "tiers[2]"),
                under.problems().stream()
                        .map(DomainRuleViolation.Problem::field)
                        .toList());
        assertEquals(v.problems().get(0).args(), under.problems().get(0).args());
        assertEquals("A 1 (and 1 more)", under.getMessage());
    }

    @Test
    void aRefusalOfAccessOrOfARecordGoneIsItsKindInChineseAndItsOwnWordsInEnglish() {
        var denied = new org.threepl.portal.application.AccessDeniedException("Surveys are sent by account managers");
        assertEquals("您的角色无权执行此操作。", Faces.refusalIn(denied, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Surveys are sent by account managers", Faces.refusalIn(denied, Locale.ENGLISH));
        var gone = new org.threepl.portal.application.NotFoundException("Survey 7");
        assertEquals("此记录已不存在，或您无权查看。", Faces.refusalIn(gone, Locale.SIMPLIFIED_CHINESE));
        assertEquals(gone.getMessage(), Faces.refusalIn(gone, Locale.ENGLISH));
        var other = new IllegalStateException("Other");
        assertEquals("Other", Faces.refusalIn(other, Locale.SIMPLIFIED_CHINESE), "any other refusal: its own words");
    }
}
