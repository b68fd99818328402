package org.threepl.portal.application;

/** The optimistic-locking check for changes made from a version the caller read earlier. */
final class Versions {

    private Versions() {}

    static void require(int actual, int expected, String what) {
        if (actual != expected) {
            throw new ConcurrentChangeException(what);
        }
    }
}
