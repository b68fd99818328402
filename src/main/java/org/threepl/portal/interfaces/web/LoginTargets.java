package org.threepl.portal.interfaces.web;

/**
 * Where a sign-in may return to: a page of this portal only (a path starting with one slash, no scheme, no backslash,
 * no control characters, no error or sign-in page), so that a link cannot send a user who just signed in to another
 * site.
 */
final class LoginTargets {

    private static final int MAX = 1000;

    private LoginTargets() {}

    static boolean isSafe(String target) {
        if (target == null
                || target.isEmpty()
                || target.length() > MAX
                || target.charAt(0) != '/'
                || target.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        return path.endsWith(".xhtml")
                && !path.startsWith("/login.xhtml")
                && !path.startsWith("/error/")
                && !path.contains("/jakarta.faces.resource/")
                && !path.contains(":");
    }
}
