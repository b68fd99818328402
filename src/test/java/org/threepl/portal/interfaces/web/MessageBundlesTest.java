package org.threepl.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.security.SecurityEventType;

/**
 * The two languages' bundles hold the same keys, each once, and every key a page names literally ({@code msg['…']})
 * exists: a page never shows a bare key in either language.
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

    /** Every constant of an enum that pages, notifications or files name through a prefix has its text. */
    @Test
    void everyEnumShownByNameHasItsText() {
        Set<String> known = new HashSet<>(keys("messages.properties"));
        Set<String> missing = new TreeSet<>();
        check(known, missing, "shipmentStatus.", org.threepl.portal.domain.model.shipment.ShipmentStatus.values());
        check(known, missing, "progress.", org.threepl.portal.domain.model.shipment.ShipmentStatus.Progress.values());
        check(known, missing, "milestone.", org.threepl.portal.domain.model.shipment.ShipmentStatus.Milestone.values());
        check(known, missing, "sla.status.", org.threepl.portal.domain.model.sla.PeriodResult.Status.values());
        check(known, missing, "kpi.", org.threepl.portal.domain.model.sla.Kpi.values());
        check(known, missing, "sla.bucket.", org.threepl.portal.domain.model.sla.Lateness.Bucket.values());
        check(known, missing, "dispute.state.", org.threepl.portal.domain.model.dispute.DisputeState.values());
        check(known, missing, "dispute.kind.", org.threepl.portal.domain.model.dispute.DisputeKind.values());
        check(known, missing, "rel.level.", org.threepl.portal.domain.model.relationship.SatisfactionLevel.values());
        check(
                known,
                missing,
                "tier.decision.",
                org.threepl.portal.domain.model.relationship.TierProposal.State.values());
        check(known, missing, "job.health.", org.threepl.portal.application.home.HomeService.JobHealth.values());
        check(known, missing, "imports.status.", org.threepl.portal.domain.model.shipment.ImportJob.Outcome.values());
        check(known, missing, "imports.kind.", org.threepl.portal.domain.model.shipment.ImportJob.Kind.values());
        for (String state : List.of("QUEUED", "RUNNING", "INTERRUPTED")) {
            if (!known.contains("imports.status." + state)) {
                missing.add("imports.status." + state);
            }
        }
        for (String action : List.of(
                "FILE",
                "ATTACH",
                "ACKNOWLEDGE",
                "INVESTIGATE",
                "OFFER",
                "ACCEPT_OFFER",
                "REJECT_OFFER",
                "REJECT",
                "CLOSE",
                "WITHDRAW",
                "ESCALATE",
                "REOPEN")) {
            if (!known.contains("dispute.action." + action)) {
                missing.add("dispute.action." + action);
            }
        }
        for (String level : List.of("AT_RISK", "BREACHED")) {
            for (String part : List.of(".subject", ".body")) {
                if (!known.contains("alert.sla." + level + part)) {
                    missing.add("alert.sla." + level + part);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** Every text a notification or an e-mail is composed of ({@code Message.of("…")} in the code) exists. */
    @Test
    void everyKeyTheCodeComposesMessagesOfExists() throws IOException {
        Set<String> known = new HashSet<>(keys("messages.properties"));
        Pattern literal = Pattern.compile("Message\\.(?:of|term)\\(\"([A-Za-z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    // a key ending in "." is a prefix completed by an enum's name, checked above
                    if (!key.endsWith(".") && !known.contains(key)) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static void check(Set<String> known, Set<String> missing, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            if (!known.contains(prefix + v.name())) {
                missing.add(prefix + v.name());
            }
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
