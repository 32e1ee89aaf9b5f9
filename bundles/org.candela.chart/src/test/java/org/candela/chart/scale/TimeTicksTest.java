package org.candela.chart.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TimeTicksTest {

    private static long utc(int y, int mo, int d, int h, int mi) {
        return ZonedDateTime.of(y, mo, d, h, mi, 0, 0, ZoneId.of("UTC")).toInstant().toEpochMilli();
    }

    @Test
    void labelsNameTheLargestUnitThatChanges() {
        assertEquals(TimeTicks.YEAR, TimeTicks.weight(utc(2026, 1, 1, 0, 0)));
        assertEquals("2026", TimeTicks.label(utc(2026, 1, 1, 0, 0), TimeTicks.YEAR));
        assertEquals(TimeTicks.MONTH, TimeTicks.weight(utc(2026, 3, 1, 0, 0)));
        assertEquals("Mar", TimeTicks.label(utc(2026, 3, 1, 0, 0), TimeTicks.MONTH));
        assertEquals(TimeTicks.DAY, TimeTicks.weight(utc(2026, 3, 24, 0, 0)));
        assertEquals("24", TimeTicks.label(utc(2026, 3, 24, 0, 0), TimeTicks.DAY));
        assertEquals(TimeTicks.HOUR, TimeTicks.weight(utc(2026, 3, 24, 13, 0)));
        assertEquals(TimeTicks.MINUTE, TimeTicks.weight(utc(2026, 3, 24, 13, 5)));
        assertEquals("13:05", TimeTicks.label(utc(2026, 3, 24, 13, 5), TimeTicks.MINUTE));
    }

    @Test
    void stepGrowsAsBarsGetCloser() {
        long m = 60_000;
        assertEquals(10 * m, TimeTicks.step(m, 8, 60), "8 px per minute: a label every 10 minutes");
        assertEquals(30 * m, TimeTicks.step(m, 3, 60));
        assertEquals(2 * 60 * m, TimeTicks.step(m, 0.5, 60));
        assertEquals(24 * 60 * m, TimeTicks.step(60 * m, 4, 60), "never below one bar, daily for hourly bars");
    }

    @Test
    void offsetFollowsTheZone() {
        long t = utc(2026, 7, 1, 12, 0);
        assertEquals(2 * 3_600_000L, TimeTicks.offsetMillis(ZoneId.of("Europe/Berlin"), t));
        assertEquals(0, TimeTicks.offsetMillis(ZoneId.of("UTC"), t));
    }

    @Test
    void millisecondBarsGetMillisecondLabels() {
        long t = utc(2026, 3, 24, 13, 5) + 12_250;
        assertEquals(TimeTicks.MILLISECOND, TimeTicks.weight(t));
        assertEquals("05:12.250", TimeTicks.label(t, TimeTicks.MILLISECOND));
        assertEquals(500, TimeTicks.step(100, 20, 60), "100 ms bars 20 px apart: 250 ms is only 50 px, so 500 ms");
        assertEquals("Tue 24 Mar '26  13:05:12.250", TimeTicks.crosshairLabel(t, 100));
    }
}
