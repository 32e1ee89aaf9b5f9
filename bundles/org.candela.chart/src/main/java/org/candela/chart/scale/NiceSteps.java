package org.candela.chart.scale;

/** "Nice" tick steps (1, 2, 2.5, 5 times a power of ten) for price axes. */
public final class NiceSteps {

    private static final double[] MULTIPLIERS = {1, 2, 2.5, 5, 10};

    private NiceSteps() {
    }

    /** The smallest nice step with which {@code span} holds at most {@code maxTicks} ticks. */
    public static double step(double span, double maxTicks) {
        if (!(span > 0) || !(maxTicks >= 1)) return 1;
        double raw = span / maxTicks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : MULTIPLIERS) {
            if (m * magnitude >= raw * (1 - 1e-9)) return m * magnitude;
        }
        return 10 * magnitude;
    }

    /** Decimals needed to print multiples of {@code step} exactly (0 for 1, 1 for 2.5 and 0.5, 2 for 0.25). */
    public static int decimals(double step) {
        for (int d = 0; d <= 10; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) return d;
        }
        return 10;
    }
}
