package org.candela.chart.scale;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Chooses time-axis label steps that fit the zoom, and names each label by the largest calendar unit that
 * changes at it (year, month, day, else the time of day), as Lightweight Charts does.
 */
public final class TimeTicks {

    /** Label weights: a label of higher weight wins when two would overlap. */
    public static final int MILLISECOND = -1, SECOND = 0, MINUTE = 1, HOUR = 2, DAY = 3, MONTH = 4, YEAR = 5;

    private static final long S = 1000, M = 60 * S, H = 60 * M, D = 24 * H;
    private static final long[] STEPS = {100, 250, 500, S, 5 * S, 15 * S, 30 * S, M, 2 * M, 5 * M, 10 * M, 15 * M, 30 * M,
        H, 2 * H, 3 * H, 4 * H, 6 * H, 12 * H, D, 2 * D, 7 * D, 14 * D, 30 * D, 91 * D, 182 * D, 365 * D,
        730 * D, 1826 * D, 3652 * D};

    /** Steps of at least this length follow calendar months instead of fixed milliseconds. */
    public static final long MONTHLY = 28 * D;

    /** Months per label for a step of at least {@link #MONTHLY}. */
    public static int months(long step) {
        return (int) Math.max(1, Math.round(step / (30.44 * D)));
    }

    private TimeTicks() {
    }

    /**
     * The smallest step (ms) at which labels are at least {@code minSpacingPx} apart, given bars of
     * {@code barMillis} drawn {@code barSpacingPx} apart. Never smaller than one bar.
     */
    public static long step(long barMillis, double barSpacingPx, double minSpacingPx) {
        for (long s : STEPS) {
            if (s >= barMillis && (double) s / barMillis * barSpacingPx >= minSpacingPx) return s;
        }
        return STEPS[STEPS.length - 1];
    }

    /** Zone offset (ms) at an instant; labels are computed in local time. */
    public static long offsetMillis(ZoneId zone, long utcMillis) {
        return zone.getRules().getOffset(Instant.ofEpochMilli(utcMillis)).getTotalSeconds() * 1000L;
    }

    /** The weight of a label at {@code localMillis} (UTC millis shifted by the zone offset). */
    public static int weight(long localMillis) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(localMillis, 1000), 0, ZoneOffset.UTC);
        if (Math.floorMod(localMillis, D) != 0) {
            if (Math.floorMod(localMillis, H) == 0) return HOUR;
            if (Math.floorMod(localMillis, M) == 0) return MINUTE;
            return Math.floorMod(localMillis, S) == 0 ? SECOND : MILLISECOND;
        }
        if (t.getDayOfMonth() != 1) return DAY;
        return t.getMonthValue() == 1 ? YEAR : MONTH;
    }

    /** The label text at {@code localMillis} for its weight: {@code 2026}, {@code Mar}, {@code 24}, {@code 13:05}. */
    public static String label(long localMillis, int weight) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(localMillis, 1000), 0, ZoneOffset.UTC);
        return switch (weight) {
            case YEAR -> Integer.toString(t.getYear());
            case MONTH -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case DAY -> Integer.toString(t.getDayOfMonth());
            case SECOND -> two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
            case MILLISECOND -> two(t.getMinute()) + ":" + two(t.getSecond()) + "."
                    + String.valueOf(1000 + Math.floorMod(localMillis, 1000)).substring(1);
            default -> two(t.getHour()) + ":" + two(t.getMinute());
        };
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    /** Full date and time for the crosshair label: {@code Tue 24 Nov '26  13:05}. */
    public static String crosshairLabel(long localMillis, long barMillis) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(localMillis, 1000), 0, ZoneOffset.UTC);
        String day = String.format(Locale.ENGLISH, "%s %d %s '%02d", t.getDayOfWeek().getDisplayName(TextStyle.SHORT,
                Locale.ENGLISH), t.getDayOfMonth(), t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                t.getYear() % 100);
        if (barMillis >= D) return day;
        if (barMillis < S) {
            return String.format(Locale.ROOT, "%s  %02d:%02d:%02d.%03d", day, t.getHour(), t.getMinute(), t.getSecond(),
                    Math.floorMod(localMillis, 1000));
        }
        String fmt = barMillis < M ? "%s  %02d:%02d:%02d" : "%s  %02d:%02d";
        return String.format(Locale.ROOT, fmt, day, t.getHour(), t.getMinute(), t.getSecond());
    }
}
