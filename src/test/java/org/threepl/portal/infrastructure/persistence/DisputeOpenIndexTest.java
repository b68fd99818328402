package org.threepl.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.dispute.DisputeState;

/**
 * The partial indexes of the queue (V16_1) hold exactly the states the domain calls open, or the queue query cannot use
 * them.
 */
class DisputeOpenIndexTest {

    @Test
    void thePartialIndexesListTheOpenStates() throws IOException {
        String sql;
        try (InputStream in =
                getClass().getResourceAsStream("/db/vendor/postgresql/V16_1__dispute_open_deadline_indexes.sql")) {
            assertNotNull(in, "the migration is on the class path");
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> open = new TreeSet<>(Arrays.stream(DisputeState.values())
                .filter(DisputeState::isOpen)
                .map(Enum::name)
                .toList());
        Matcher where = Pattern.compile("where state in \\(([^)]*)\\)").matcher(sql);
        int indexes = 0;
        while (where.find()) {
            Set<String> listed = new TreeSet<>(Arrays.stream(where.group(1).split(","))
                    .map(s -> s.trim().replace("'", ""))
                    .toList());
            assertEquals(open, listed);
            indexes++;
        }
        assertEquals(2, indexes);
    }
}
