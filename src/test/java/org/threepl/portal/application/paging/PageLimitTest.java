package org.threepl.portal.application.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageLimitTest {

    @Test
    void aLimitIsKeptWithinOneAndTheMaximum() {
        assertEquals(1, PageLimit.clamp(0));
        assertEquals(1, PageLimit.clamp(-5));
        assertEquals(1, PageLimit.clamp(Integer.MIN_VALUE));
        assertEquals(50, PageLimit.clamp(50));
        assertEquals(200, PageLimit.clamp(200));
        assertEquals(200, PageLimit.clamp(201));
        assertEquals(200, PageLimit.clamp(Integer.MAX_VALUE));
        assertEquals(500, PageLimit.clamp(10_000, 500));
        assertEquals(499, PageLimit.clamp(499, 500));
    }

    @Test
    void aNegativeOffsetStartsAtTheFirstRow() {
        assertEquals(0, PageLimit.offset(-1));
        assertEquals(0, PageLimit.offset(Integer.MIN_VALUE));
        assertEquals(0, PageLimit.offset(0));
        assertEquals(40, PageLimit.offset(40));
    }

    @Test
    void aMaximumBelowOneIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> PageLimit.clamp(5, 0));
    }
}
