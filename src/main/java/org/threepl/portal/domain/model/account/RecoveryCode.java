package org.threepl.portal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A one-time recovery code for the second factor (when the phone is lost): ten letters and digits without look-alikes
 * (about 50 random bits), shown once as {@code xxxxx-xxxxx} and stored only as its SHA-256 digest (the code is random,
 * so a plain digest cannot be guessed back), then marked used.
 */
@Embeddable
public class RecoveryCode {

    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "code_digest", nullable = false, length = 64)
    private String codeDigest;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    private RecoveryCode(String codeDigest) {
        this.codeDigest = codeDigest;
    }

    /** New codes in plain text, to show once; store them with {@link #of}. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int n = 0; n < COUNT; n++) {
            StringBuilder b = new StringBuilder(11);
            for (int i = 0; i < 10; i++) {
                if (i == 5) {
                    b.append('-');
                }
                b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(b.toString());
        }
        return codes;
    }

    public static RecoveryCode of(String plain) {
        return new RecoveryCode(digest(plain));
    }

    /** Whether this unused code is the one typed (case, spaces and the dash do not matter). */
    boolean matches(String typed) {
        return usedAt == null
                && typed != null
                && MessageDigest.isEqual(
                        codeDigest.getBytes(StandardCharsets.US_ASCII),
                        digest(typed).getBytes(StandardCharsets.US_ASCII));
    }

    void use(Instant at) {
        this.usedAt = at;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    static String digest(String code) {
        String normal = code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
