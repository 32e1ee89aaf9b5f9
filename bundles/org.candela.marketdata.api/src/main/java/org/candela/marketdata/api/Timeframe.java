package org.candela.marketdata.api;

import java.util.List;

/**
 * A bar interval, such as one minute ({@code 1m}), four hours ({@code 4h}), one week ({@code 1w}) or one
 * calendar month ({@code 1M}). Bars open on the exchanges' grid, in UTC: seconds to days on multiples of
 * their length since the epoch, weeks on Monday 00:00, months on the 1st at 00:00.
 *
 * <pre>{@code
 * Timeframe tf = Timeframe.parse("15m");
 * long open = tf.openTime(System.currentTimeMillis()); // start of the current 15-minute bar, UTC
 * long next = tf.nextOpen(open);                        // start of the next one
 * Timeframe.parse("60m").equals(Timeframe.H1);          // true: one timeframe, one label
 * }</pre>
 *
 * @param label  the short canonical name used on the command line and in the UI, e.g. {@code "1h"}
 * @param millis the length of one bar in milliseconds; for months the nominal 30 days per month (use
 *               {@link #openTime} and {@link #nextOpen} for boundaries)
 */
public record Timeframe(String label, long millis) {

    private static final long SECOND = 1_000L, MINUTE = 60 * SECOND, HOUR = 60 * MINUTE, DAY = 24 * HOUR, WEEK = 7 * DAY;
    /** 1970-01-05, the first Monday after the epoch: weeks open on Mondays, as the exchanges' do. */
    private static final long FIRST_MONDAY = 4 * DAY;
    private static final long MAX_MILLIS = 366 * DAY;

    public static final Timeframe S1 = new Timeframe("1s", SECOND);
    public static final Timeframe M1 = new Timeframe("1m", MINUTE);
    public static final Timeframe M5 = new Timeframe("5m", 5 * MINUTE);
    public static final Timeframe M15 = new Timeframe("15m", 15 * MINUTE);
    public static final Timeframe M30 = new Timeframe("30m", 30 * MINUTE);
    public static final Timeframe H1 = new Timeframe("1h", HOUR);
    public static final Timeframe H4 = new Timeframe("4h", 4 * HOUR);
    public static final Timeframe D1 = new Timeframe("1d", DAY);
    public static final Timeframe W1 = new Timeframe("1w", WEEK);
    /** One calendar month. */
    public static final Timeframe MONTH = new Timeframe("1M", 30 * DAY);

    /** The timeframes connectors are expected to offer (each keeps those its exchange has), shortest first. */
    public static final List<Timeframe> STANDARD = List.of(M1, M5, M15, M30, H1, H4, D1, W1, MONTH);

    /** The grammar, for usage texts. */
    public static final String GRAMMAR = "<n><unit> with n from 1 to 1000 and unit s, m (minutes), h, d, w (weeks, from Monday)"
            + " or M (calendar months), up to a year: e.g. 1m 5m 1h 4h 1d 1w 1M";

    public Timeframe {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("timeframe label is empty");
        if (millis <= 0) throw new IllegalArgumentException("timeframe length must be positive: " + millis);
    }

    /**
     * Parses {@code <n><unit>}: unit {@code s}, {@code m} (minutes), {@code h}, {@code d}, {@code w} (any
     * case but {@code m}) or {@code M} (calendar months); n from 1 to 1000, at most one year in all. The
     * label is made canonical: {@code 60m} is {@code 1h}, {@code 7d} is {@code 1w}.
     *
     * @throws IllegalArgumentException with a message that names the bad text and the grammar
     */
    public static Timeframe parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.length() < 2 || t.length() > 8) throw bad(text);
        char u = t.charAt(t.length() - 1);
        long n;
        try {
            n = Long.parseLong(t.substring(0, t.length() - 1));
        } catch (NumberFormatException e) {
            throw bad(text);
        }
        if (n <= 0 || n > 1000 || t.charAt(0) == '+' || t.charAt(0) == '0') throw bad(text);
        if (u == 'M') {
            if (n > 12) throw bad(text);
            return new Timeframe(n + "M", n * 30 * DAY);
        }
        long unit = switch (Character.toLowerCase(u)) {
            case 's' -> SECOND;
            case 'm' -> MINUTE;
            case 'h' -> HOUR;
            case 'd' -> DAY;
            case 'w' -> WEEK;
            default -> throw bad(text);
        };
        if (n > MAX_MILLIS / unit) throw bad(text);
        return ofMillis(n * unit);
    }

    /** The timeframe of this length, labelled in its largest whole unit ({@code 3_600_000} is {@code 1h}). */
    public static Timeframe ofMillis(long millis) {
        if (millis <= 0 || millis % SECOND != 0 || millis > MAX_MILLIS) {
            throw new IllegalArgumentException("not a timeframe length: " + millis + " ms");
        }
        long[] units = {WEEK, DAY, HOUR, MINUTE, SECOND};
        String[] names = {"w", "d", "h", "m", "s"};
        for (int i = 0; i < units.length; i++) {
            if (millis % units[i] == 0) return new Timeframe(millis / units[i] + names[i], millis);
        }
        throw new AssertionError(millis);
    }

    /** Calendar months per bar, or 0 for a timeframe of fixed length. */
    public int months() {
        int n = label.length() - 1;
        if (label.charAt(n) != 'M') return 0;
        int months = 0;
        for (int i = 0; i < n; i++) months = months * 10 + (label.charAt(i) - '0'); // no allocation: called per tick
        return months;
    }

    /** True for weeks (and multiples), which open on Mondays. */
    public boolean weekly() {
        return months() == 0 && millis % WEEK == 0;
    }

    /** The open time of the bar that contains {@code timeMillis} (UTC). */
    public long openTime(long timeMillis) {
        int months = months();
        if (months > 0) {
            long day = Math.floorDiv(timeMillis, DAY);
            long index = monthIndex(day); // months since 1970-01
            long first = Math.floorDiv(index, months) * months;
            return firstDayOfMonth(first) * DAY;
        }
        long origin = weekly() ? FIRST_MONDAY : 0;
        return Math.floorDiv(timeMillis - origin, millis) * millis + origin;
    }

    /** The open time of the bar after the one that opens at (or contains) {@code openMillis}. */
    public long nextOpen(long openMillis) {
        int months = months();
        if (months > 0) return firstDayOfMonth(monthIndex(Math.floorDiv(openTime(openMillis), DAY)) + months) * DAY;
        return openTime(openMillis) + millis;
    }

    /** True when a bar of this timeframe opens at {@code timeMillis}. */
    public boolean isOpenTime(long timeMillis) {
        return openTime(timeMillis) == timeMillis;
    }

    /**
     * Months since 1970-01 of the date {@code epochDay} (days since 1970-01-01) falls in: Howard Hinnant's
     * civil_from_days, in arithmetic only, so a live tick on a monthly chart allocates nothing.
     */
    private static long monthIndex(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long month = mp < 10 ? mp + 3 : mp - 9; // 1..12
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        return (year - 1970) * 12 + month - 1;
    }

    /** Days since 1970-01-01 of the first day of the month {@code index} months after 1970-01 (days_from_civil). */
    private static long firstDayOfMonth(long index) {
        long year = 1970 + Math.floorDiv(index, 12), month = Math.floorMod(index, 12) + 1;
        year -= month <= 2 ? 1 : 0;
        long era = Math.floorDiv(year, 400);
        long yoe = year - era * 400;
        long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("not a timeframe: '" + text + "' (" + GRAMMAR + ")");
    }

    @Override
    public String toString() {
        return label;
    }
}
