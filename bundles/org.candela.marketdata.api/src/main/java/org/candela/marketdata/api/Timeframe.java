package org.candela.marketdata.api;

import java.util.List;
import java.util.Locale;

/**
 * A bar interval, such as one minute ({@code 1m}) or four hours ({@code 4h}).
 *
 * <pre>{@code
 * Timeframe tf = Timeframe.parse("15m");
 * long open = tf.openTime(System.currentTimeMillis()); // start of the current 15-minute bar, UTC
 * }</pre>
 *
 * @param label  the short name used on the command line and in the UI, e.g. {@code "1h"}
 * @param millis the length of one bar in milliseconds
 */
public record Timeframe(String label, long millis) {

    public static final Timeframe S1 = new Timeframe("1s", 1_000L);
    public static final Timeframe M1 = new Timeframe("1m", 60_000L);
    public static final Timeframe M5 = new Timeframe("5m", 300_000L);
    public static final Timeframe M15 = new Timeframe("15m", 900_000L);
    public static final Timeframe M30 = new Timeframe("30m", 1_800_000L);
    public static final Timeframe H1 = new Timeframe("1h", 3_600_000L);
    public static final Timeframe H4 = new Timeframe("4h", 14_400_000L);
    public static final Timeframe D1 = new Timeframe("1d", 86_400_000L);

    /** The timeframes every connector is expected to offer, shortest first. */
    public static final List<Timeframe> STANDARD = List.of(M1, M5, M15, M30, H1, H4, D1);

    public Timeframe {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("timeframe label is empty");
        if (millis <= 0) throw new IllegalArgumentException("timeframe length must be positive: " + millis);
    }

    /**
     * Parses {@code <n><unit>} with unit {@code s}, {@code m}, {@code h}, {@code d} or {@code w}.
     *
     * @throws IllegalArgumentException with a message that names the bad text
     */
    public static Timeframe parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.length() < 2) throw bad(text);
        long unit = switch (t.charAt(t.length() - 1)) {
            case 's' -> 1_000L;
            case 'm' -> 60_000L;
            case 'h' -> 3_600_000L;
            case 'd' -> 86_400_000L;
            case 'w' -> 7 * 86_400_000L;
            default -> throw bad(text);
        };
        long n;
        try {
            n = Long.parseLong(t.substring(0, t.length() - 1));
        } catch (NumberFormatException e) {
            throw bad(text);
        }
        if (n <= 0 || n > 1000) throw bad(text);
        return new Timeframe(n + t.substring(t.length() - 1), n * unit);
    }

    /** The open time of the bar that contains {@code timeMillis} (UTC, aligned to the epoch). */
    public long openTime(long timeMillis) {
        return Math.floorDiv(timeMillis, millis) * millis;
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("not a timeframe: '" + text + "' (expected e.g. 1m, 5m, 1h, 4h, 1d)");
    }

    @Override
    public String toString() {
        return label;
    }
}
