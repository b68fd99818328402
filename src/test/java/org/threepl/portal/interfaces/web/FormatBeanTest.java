package org.threepl.portal.interfaces.web;

import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.Actor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatBeanTest {

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(FormatBeanTest.class.getResourceAsStream("/org/threepl/portal/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void keysAndThePortalAreMarkedPeopleAndOldRecordsAreNamed() {
        assertEquals("actor.CREDENTIAL", FormatBean.actorKey("CREDENTIAL"));
        assertEquals("actor.SYSTEM", FormatBean.actorKey("SYSTEM"));
        assertNull(FormatBean.actorKey("USER"));
        assertNull(FormatBean.actorKey("LEGACY"));
        assertNull(FormatBean.actorKey(null));
        assertEquals("—", new FormatBean().actor("USER", null));
        assertEquals("am.lee", new FormatBean().actor("USER", "am.lee"), "no bundle needed for a person");
    }

    /** Every marked kind has its text in both languages, with the name as its one argument (MessageFormat: no lone apostrophe). */
    @Test
    void everyMarkedKindHasItsTextInEnglishAndChinese() {
        for (Properties p : List.of(bundle("messages.properties"), bundle("messages_zh_CN.properties"))) {
            for (Actor.Kind kind : Actor.Kind.values()) {
                String key = FormatBean.actorKey(kind.name());
                if (key != null) {
                    String text = p.getProperty(key);
                    assertTrue(text != null && text.contains("{0}"), key + " = " + text);
                    assertFalse(text.replace("''", "").contains("'"), key + " = " + text);
                }
            }
        }
    }
}
