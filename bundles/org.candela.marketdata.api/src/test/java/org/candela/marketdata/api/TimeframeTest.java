package org.candela.marketdata.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

/** The timeframe grammar and the exchanges' bar grid, both ways, against java.time's calendar. */
class TimeframeTest {

    @Test
    void oneTimeframeHasOneLabel() {
        assertEquals(Timeframe.H1, Timeframe.parse("60m"));
        assertEquals(Timeframe.H1, Timeframe.parse("1H"));
        assertEquals(Timeframe.D1, Timeframe.parse("24h"));
        assertEquals(Timeframe.W1, Timeframe.parse("7d"));
        assertEquals(Timeframe.parse("2m"), Timeframe.parse("120s"));
        assertEquals(Timeframe.MONTH, Timeframe.parse("1M"));
        assertEquals(Timeframe.M1, Timeframe.parse("1m"), "lower-case m is minutes, upper-case M months");
        assertEquals("90m", Timeframe.parse("90m").label());
    }

    @Test
    void nonsenseIsRefusedWithTheGrammar() {
        for (String bad : new String[] {"0m", "5000m", "13M", "400d", "1y", "", "m", "01m", "+1m", "1.5h", "1 m", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timeframe.parse(bad), String.valueOf(bad));
            assertTrue(e.getMessage().contains("e.g. 1m 5m 1h"), e.getMessage());
        }
    }

    @Test
    void weeksOpenOnMondayAtMidnightUtc() {
        ZonedDateTime t = ZonedDateTime.of(2024, 6, 6, 15, 30, 0, 0, ZoneOffset.UTC); // a Thursday
        for (int i = 0; i < 500; i++, t = t.plusHours(37)) {
            long expected = t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toInstant().toEpochMilli();
            assertEquals(expected, Timeframe.W1.openTime(t.toInstant().toEpochMilli()), t.toString());
            assertEquals(expected + 7 * 86_400_000L, Timeframe.W1.nextOpen(expected));
        }
        assertEquals(Instant.parse("1969-12-29T00:00:00Z").toEpochMilli(), Timeframe.W1.openTime(0), "before the first Monday too");
    }

    @Test
    void monthsOpenOnTheFirstAtMidnightUtc() {
        ZonedDateTime t = ZonedDateTime.of(1968, 1, 31, 23, 59, 59, 0, ZoneOffset.UTC);
        for (int i = 0; i < 800; i++, t = t.plusHours(301)) {
            ZonedDateTime first = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
            long open = Timeframe.MONTH.openTime(t.toInstant().toEpochMilli());
            assertEquals(first.toInstant().toEpochMilli(), open, t.toString());
            assertEquals(first.plusMonths(1).toInstant().toEpochMilli(), Timeframe.MONTH.nextOpen(open));
            assertTrue(Timeframe.MONTH.isOpenTime(open));
        }
        Timeframe quarter = Timeframe.parse("3M");
        assertEquals(Instant.parse("2024-04-01T00:00:00Z").toEpochMilli(), quarter.openTime(Instant.parse("2024-06-15T10:00:00Z").toEpochMilli()));
        assertEquals(Instant.parse("2024-07-01T00:00:00Z").toEpochMilli(), quarter.nextOpen(Instant.parse("2024-04-01T00:00:00Z").toEpochMilli()));
    }

    @Test
    void shorterTimeframesAreOnTheEpochGrid() {
        long t = Instant.parse("2024-06-03T12:07:31.250Z").toEpochMilli();
        assertEquals(Instant.parse("2024-06-03T12:05:00Z").toEpochMilli(), Timeframe.M5.openTime(t));
        assertEquals(Instant.parse("2024-06-03T12:00:00Z").toEpochMilli(), Timeframe.H4.openTime(t));
        assertEquals(Instant.parse("2024-06-03T00:00:00Z").toEpochMilli(), Timeframe.D1.openTime(t));
        assertTrue(!Timeframe.M5.isOpenTime(t));
    }

    @Test
    void aMonthlyOpenTimeAllocatesNothing() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0, t = Instant.parse("2024-06-15T10:00:00Z").toEpochMilli();
        for (int i = 0; i < 10_000; i++) sum += Timeframe.MONTH.openTime(t + i * 60_000L); // warm
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 100_000; i++) sum += Timeframe.MONTH.openTime(t + i * 60_000L);
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertTrue(allocated < 4096, "a tick on a monthly chart allocates: " + allocated + " bytes (" + sum + ")");
    }
}
