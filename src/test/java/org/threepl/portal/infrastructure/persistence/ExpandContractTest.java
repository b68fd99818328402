package org.threepl.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations expand and contract (docs/operations.md): during a rolling upgrade the previous release still runs against
 * the new schema, so a migration may drop or rename a column or a table only in a later commit than the one in which
 * the code stopped using it. Read from the repository's history: for each migration that contracts, the code of the
 * commit before the one that added the migration must not name what it removes (as the column's name or its Java
 * field's). The rule is also run on a repository made here, with a contraction that breaks it and one that keeps it.
 */
class ExpandContractTest {

    /** What a migration removes: a column of a table, or a whole table (column null). */
    record Contraction(String migration, String table, String column) {

        /** The names the code would use: the SQL name and, for a column, its Java field's name. */
        List<String> names() {
            String name = column == null ? table : column;
            return name.contains("_") ? List.of(name, camel(name)) : List.of(name);
        }
    }

    private static final Pattern DROP_OR_RENAME_COLUMN = Pattern.compile(
            "alter\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)\\s+(?:drop|rename)\\s+(?:column\\s+)?(?:if\\s+exists\\s+)?"
                    + "(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_TABLE =
            Pattern.compile("drop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RENAME_TABLE = Pattern.compile(
            "alter\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)\\s+rename\\s+to\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final List<String> CODE = List.of("src/main/java", "src/main/webapp", "src/main/resources/META-INF");

    static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : snake.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    /** The contractions of one migration's SQL (comments left out). */
    static List<Contraction> contractions(String migration, String sql) {
        String code = sql.replaceAll("--[^\\n]*", " ");
        List<Contraction> found = new ArrayList<>();
        // a table renamed away while another is renamed to its name is replaced (e.g. by a partitioned one), not gone
        Map<String, String> renamed = new LinkedHashMap<>();
        Matcher table = RENAME_TABLE.matcher(code);
        while (table.find()) {
            renamed.put(table.group(1).toLowerCase(Locale.ROOT), table.group(2).toLowerCase(Locale.ROOT));
        }
        renamed.keySet().stream()
                .filter(old -> !renamed.containsValue(old))
                .forEach(old -> found.add(new Contraction(migration, old, null)));
        Matcher column = DROP_OR_RENAME_COLUMN.matcher(code);
        while (column.find()) {
            String what = column.group(2).toLowerCase(Locale.ROOT);
            // "drop constraint x", "drop default", "rename to y" are no column's removal
            if (!List.of("constraint", "default", "not", "to", "index").contains(what)) {
                found.add(new Contraction(migration, column.group(1).toLowerCase(Locale.ROOT), what));
            }
        }
        Matcher drop = DROP_TABLE.matcher(code);
        while (drop.find()) {
            found.add(new Contraction(migration, drop.group(1).toLowerCase(Locale.ROOT), null));
        }
        return found;
    }

    /**
     * The contractions in the repository at {@code root} whose migration came in the same commit as the last use of
     * what they remove: the code of the commit before still names it. A migration not committed yet is judged against
     * HEAD.
     */
    static List<String> violations(Path root) {
        List<String> found = new ArrayList<>();
        for (Path file : migrations(root)) {
            String relative = root.relativize(file).toString();
            List<Contraction> contractions;
            try {
                contractions = contractions(relative, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (contractions.isEmpty()) {
                continue;
            }
            String added = git(root, "log", "--diff-filter=A", "--format=%H", "-1", "--", relative)
                    .strip();
            String before = added.isEmpty() ? "HEAD" : added + "^";
            for (Contraction c : contractions) {
                List<String> args = new ArrayList<>(List.of("grep", "-l", "-w", "-i"));
                for (String name : c.names()) {
                    args.addAll(List.of("-e", name));
                }
                args.add(before);
                args.add("--");
                args.addAll(CODE);
                String users = git(root, args.toArray(String[]::new)).strip();
                if (!users.isEmpty()) {
                    found.add(relative + " removes " + c.table() + (c.column() == null ? "" : "." + c.column())
                            + " that the code before it still uses: " + users.replace('\n', ' '));
                }
            }
        }
        return found;
    }

    private static List<Path> migrations(Path root) {
        Path resources = root.resolve("src/main/resources/db");
        if (!Files.isDirectory(resources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(p -> p.getFileName().toString().matches("V.*\\.sql"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A git command's output; {@code git grep} answers 1 when nothing matched, which is an empty answer here. */
    static String git(Path root, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            boolean grepFoundNothing = "grep".equals(args[0]) && exit == 1;
            if (exit != 0 && !grepFoundNothing) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "): " + out);
            }
            return grepFoundNothing ? "" : out;
        } catch (IOException e) {
            throw new UncheckedIOException("git is needed to read the migrations' history", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noMigrationRemovesWhatTheCodeOfTheCommitBeforeItStillUsed() {
        Path root = Path.of("").toAbsolutePath();
        assertTrue(Files.isDirectory(root.resolve(".git")), "the history is read from the repository: " + root);
        assertEquals(List.of(), violations(root));
    }

    @Test
    void everyKindOfContractionIsFoundAndOtherAlterationsAreNot() {
        String sql = """
                -- alter table old drop column commented_out;
                alter table shipment drop column legacy_code;
                alter table shipment rename column pod_by to pod_recorded_by;
                ALTER TABLE IF EXISTS invoice DROP COLUMN IF EXISTS old_total;
                alter table shipment drop constraint shipment_fk;
                alter table shipment alter column weight drop not null;
                alter table shipment add column new_one integer;
                alter table staging rename to staging_old;
                drop table if exists import_scratch;
                alter table tracking_event rename to tracking_event_unpartitioned;
                alter table tracking_event_by_month rename to tracking_event;
                """;
        assertEquals(
                List.of(
                        new Contraction("V9.sql", "staging", null),
                        new Contraction("V9.sql", "tracking_event_by_month", null),
                        new Contraction("V9.sql", "shipment", "legacy_code"),
                        new Contraction("V9.sql", "shipment", "pod_by"),
                        new Contraction("V9.sql", "invoice", "old_total"),
                        new Contraction("V9.sql", "import_scratch", null)),
                contractions("V9.sql", sql));
        assertEquals(
                List.of("legacy_code", "legacyCode"),
                contractions("V9.sql", sql).get(2).names());
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static void commit(Path root, String message) {
        git(root, "add", "-A");
        git(root, "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message);
    }

    @Test
    void aColumnDroppedInTheCommitThatStopsUsingItIsCaughtAndOneDroppedLaterIsNot(@TempDir Path root)
            throws IOException {
        git(root, "init", "-q");
        String entity = "src/main/java/p/Shipment.java";
        String migrations = "src/main/resources/db/migration/";
        write(root, entity, "class Shipment { String legacyCode; String reference; }");
        write(root, migrations + "V1__shipments.sql", "create table shipment (legacy_code text, reference text);");
        commit(root, "the column in use");

        write(root, entity, "class Shipment { String reference; }");
        write(root, migrations + "V2__drop_at_once.sql", "alter table shipment drop column legacy_code;");
        commit(root, "stops using the column and drops it at once");
        assertEquals(1, violations(root).size(), "the previous release would lose its column mid-upgrade");

        git(root, "rm", "-q", migrations + "V2__drop_at_once.sql");
        commit(root, "takes the drop back");
        write(root, migrations + "V3__drop_later.sql", "alter table shipment drop column legacy_code;");
        assertEquals(List.of(), violations(root), "dropped a release after the code stopped using it (uncommitted)");
        commit(root, "drops it a release later");
        assertEquals(List.of(), violations(root), "and once committed");
    }
}
