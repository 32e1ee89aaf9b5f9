package org.candela.chart.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BarStoreTest {

    @Test
    void appendsGrowPastTheInitialCapacityAndKeepEveryValue() {
        BarStore s = new BarStore(16);
        for (int i = 0; i < 1000; i++) s.append(i * 60_000L, i, i + 2, i - 1, i + 1, i * 10);
        assertEquals(1000, s.size());
        assertEquals(999 * 60_000L, s.time(999));
        assertEquals(501, s.high(499));
        assertEquals(498, s.low(499));
        assertEquals(4990, s.volume(499));
        assertEquals(1024 * 48L, s.capacityBytes(), "48 bytes per bar of capacity");
    }

    @Test
    void appendRejectsABarThatIsNotNewer() {
        BarStore s = new BarStore();
        s.append(120_000, 1, 1, 1, 1, 0);
        assertThrows(IllegalArgumentException.class, () -> s.append(120_000, 1, 1, 1, 1, 0));
    }

    @Test
    void upsertReplacesAppendsAndFillsGapsInOrder() {
        BarStore s = new BarStore();
        s.append(0, 1, 1, 1, 1, 1);
        s.append(120_000, 3, 3, 3, 3, 3);
        assertEquals(1, s.upsert(120_000, 4, 5, 3, 4, 9), "same time replaces the last");
        assertEquals(4, s.close(1));
        assertEquals(2, s.upsert(180_000, 5, 5, 5, 5, 5), "newer appends");
        assertEquals(1, s.upsert(60_000, 2, 2, 2, 2, 2), "a gap is filled in order");
        assertEquals(4, s.size());
        assertEquals(60_000, s.time(1));
        assertEquals(120_000, s.time(2));
        assertEquals(4, s.close(2));
    }

    @Test
    void indexLookupsUseBinarySearch() {
        BarStore s = new BarStore();
        for (int i = 0; i < 10; i++) s.append(i * 100L, 1, 1, 1, 1, 1);
        assertEquals(3, s.indexOf(300));
        assertTrue(s.indexOf(350) < 0);
        assertEquals(4, s.ceilingIndex(350));
        assertEquals(10, s.ceilingIndex(5000));
    }

    @Test
    void validityRequiresFiniteValuesAndAConsistentRange() {
        assertTrue(BarStore.isValid(10, 12, 9, 11, 5));
        assertFalse(BarStore.isValid(10, 9, 12, 11, 5), "high below low");
        assertFalse(BarStore.isValid(10, 10.5, 9, 11, 5), "close above high");
        assertFalse(BarStore.isValid(Double.NaN, 12, 9, 11, 5));
        assertFalse(BarStore.isValid(10, 12, 9, 11, -1), "negative volume");
    }
}
