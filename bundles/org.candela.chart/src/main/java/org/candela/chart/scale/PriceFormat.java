package org.candela.chart.scale;

/** Formats prices with a fixed number of decimals and volumes with K/M/B suffixes. Allocation per call. */
public final class PriceFormat {

    private PriceFormat() {
    }

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    /**
     * {@code 30123.5} with 2 decimals gives {@code "30123.50"}; negatives use a true minus sign. Called for
     * every label of every frame, so it builds the digits itself (one small allocation, no Formatter).
     */
    public static String price(double value, int decimals) {
        if (!Double.isFinite(value)) return "—";
        double a = Math.abs(value);
        if (decimals < 0 || decimals >= POWERS.length || a >= 1e15 / POWERS[Math.max(0, Math.min(decimals, 8))]) {
            String s = String.format(java.util.Locale.ROOT, "%." + Math.max(0, decimals) + "f", a);
            return value < 0 && !isZero(s) ? "−" + s : s;
        }
        long scaled = Math.round(a * POWERS[decimals]);
        long whole = scaled / POWERS[decimals], fraction = scaled % POWERS[decimals];
        StringBuilder b = new StringBuilder(24);
        if (value < 0 && scaled != 0) b.append('−');
        b.append(whole);
        if (decimals > 0) {
            b.append('.');
            String f = Long.toString(fraction);
            for (int i = f.length(); i < decimals; i++) b.append('0');
            b.append(f);
        }
        return b.toString();
    }

    /** Decimals that show a price of this size sensibly: 2 at 1 and above, more below. */
    public static int decimalsFor(double typicalPrice) {
        double p = Math.abs(typicalPrice);
        if (p >= 1 || p == 0 || !Double.isFinite(p)) return 2;
        return Math.min(8, 2 + (int) Math.ceil(-Math.log10(p)));
    }

    /**
     * The decimals prices need: at least {@link #decimalsFor} the last one, and as many as the recent ones
     * were quoted with (a EUR/USD quoted to 0.00001 needs five, though it trades near 1), at most 8.
     */
    public static int decimalsOf(double[] closes, int from, int to) {
        int d = to > from ? decimalsFor(closes[to - 1]) : 2;
        for (int i = Math.max(from, to - 200); i < to; i++) d = Math.max(d, quoted(closes[i]));
        return d;
    }

    /** The decimals {@code v} was written with: the fewest (up to 8) that give it back. */
    static int quoted(double v) {
        if (!Double.isFinite(v)) return 0;
        double scaled = Math.abs(v);
        for (int d = 0; d < 8; d++, scaled *= 10) {
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-9 * Math.max(1, scaled)) return d; // a double's noise, no more
        }
        return 8;
    }

    /** {@code 1234} gives {@code "1.23K"}, {@code 2_500_000} gives {@code "2.50M"}. */
    public static String volume(double value) {
        double a = Math.abs(value);
        if (a >= 1e9) return price(value / 1e9, 2) + "B";
        if (a >= 1e6) return price(value / 1e6, 2) + "M";
        if (a >= 1e3) return price(value / 1e3, 2) + "K";
        return price(value, a >= 100 ? 0 : 2);
    }

    private static boolean isZero(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '0' && ch != '.') return false;
        }
        return true;
    }
}
