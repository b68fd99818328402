package org.threepl.portal.it.support;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.threepl.portal.domain.model.account.Totp;

/**
 * The tests' authenticator app: the TOTP secrets of the users the tests sign in with (fixture staff, the demo's staff),
 * and the next code for each. The portal accepts a code once, for the current 30-second step or one either side; a
 * second sign-in of the same user within a step uses the next step's code, and a third waits for time to catch up, as a
 * person with a phone would.
 */
public final class Authenticator {

    /** The secret of every fixture staff user (and of fixture client users given a second factor). */
    public static final String FIXTURE_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    static {
        // the demo's staff (README; DemoData): their seeds are public, like their passwords
        SECRETS.put("ops.admin", "OPSADMINDEMOSEEDTOTPKEYAAAAAAAAA");
        SECRETS.put("am.lee", "AMLEEDEMOSEEDTOTPKEYBBBBBBBBBBBB");
        SECRETS.put("am.schmidt", "AMSCHMIDTDEMOSEEDTOTPKEYCCCCCCCC");
    }

    private Authenticator() {}

    public static void register(String username, String secret) {
        SECRETS.put(username, secret);
    }

    public static boolean knows(String username) {
        return SECRETS.containsKey(username);
    }

    public static String secretOf(String username) {
        String s = SECRETS.get(username);
        if (s == null) {
            throw new IllegalStateException("No authenticator secret known for " + username);
        }
        return s;
    }

    /** Six digits that are none of the user's codes accepted now (a wrong code, for sure). */
    public static String wrongCode(String username) {
        String secret = secretOf(username);
        long current = Totp.stepAt(Instant.now());
        java.util.Set<String> valid = new java.util.HashSet<>();
        for (long s = current - 2; s <= current + 2; s++) {
            valid.add(Totp.code(secret, s));
        }
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** A code the portal has not seen yet for this user (waits up to a step when two were just used). */
    public static synchronized String nextCode(String username) {
        String secret = secretOf(username);
        long current = Totp.stepAt(Instant.now());
        long step = Math.max(current, LAST_STEP.getOrDefault(username, Long.MIN_VALUE) + 1);
        while (step > Totp.stepAt(Instant.now()) + 1) {
            sleep();
        }
        LAST_STEP.put(username, step);
        return Totp.code(secret, step);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
