package org.candela.chart.scale;

/** Formats prices with a fixed number of decimals and volumes with K/M/B suffixes. Allocation per call. */
public final class PriceFormat {

    private PriceFormat() {
    }

    /** {@code 30123.5} with 2 decimals gives {@code "30123.50"}; negatives use a true minus sign. */
    public static String price(double value, int decimals) {
        if (!Double.isFinite(value)) return "—";
        String s = String.format(java.util.Locale.ROOT, "%." + decimals + "f", Math.abs(value));
        return value < 0 && !isZero(s) ? "−" + s : s;
    }

    /** Decimals that show a price of this size sensibly: 2 at 1 and above, more below. */
    public static int decimalsFor(double typicalPrice) {
        double p = Math.abs(typicalPrice);
        if (p >= 1 || p == 0 || !Double.isFinite(p)) return 2;
        return Math.min(8, 2 + (int) Math.ceil(-Math.log10(p)));
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
