package org.threepl.portal.domain.model.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text API key as the caller presents it: {@code tpl_<prefix>_<secret>}. The prefix finds the stored
 * credential; only a SHA-256 digest of the whole key is stored. A key carries about 238 random bits, so a fast digest
 * is enough (unlike passwords, which need a slow hash).
 */
public final class ApiKey {

    private static final Pattern FORMAT = Pattern.compile("tpl_([a-z0-9]{10})_([A-Za-z0-9]{40})");
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final char[] PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String prefix;
    private final String value;

    private ApiKey(String prefix, String value) {
        this.prefix = prefix;
        this.value = value;
    }

    /** Parses a presented key; empty when it does not have the shape of one of ours. */
    public static Optional<ApiKey> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(presented.trim());
        return m.matches() ? Optional.of(new ApiKey(m.group(1), m.group(0))) : Optional.empty();
    }

    public static ApiKey generate() {
        return new ApiKey(random(PREFIX_ALPHABET, 10), null).withSecret(random(ALPHABET, 40));
    }

    private ApiKey withSecret(String secret) {
        return new ApiKey(prefix, "tpl_" + prefix + "_" + secret);
    }

    private static String random(char[] alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet[RANDOM.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }

    public String prefix() {
        return prefix;
    }

    /** The whole key; shown to its owner once, at creation. */
    public String value() {
        return value;
    }

    public String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Compares digests in constant time, so a timing side channel tells nothing. */
    public boolean matches(String storedDigest) {
        Objects.requireNonNull(storedDigest, "storedDigest");
        return MessageDigest.isEqual(
                digest().getBytes(StandardCharsets.US_ASCII), storedDigest.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "tpl_" + prefix + "_…"; // never the secret
    }
}
