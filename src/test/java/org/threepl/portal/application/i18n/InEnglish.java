package org.threepl.portal.application.i18n;

import java.util.Locale;
import org.threepl.portal.domain.model.shared.Message;

/** A message as an English reader in UTC reads it: what tests of composed texts compare. */
public final class InEnglish {

    private static final Texts TEXTS = new Texts(Locale.ENGLISH);

    private InEnglish() {}

    public static String of(Message message) {
        return Messages.render(message, TEXTS, Formats.utcEnglish());
    }

    /** A text shown as written (what staff recorded, or a test's stand-in). */
    public static Message verbatim(String text) {
        return Message.of(Messages.VERBATIM, Message.text(text));
    }
}
