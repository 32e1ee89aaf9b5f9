package org.candela.chart.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashTest}: writes bars to a file as a live chart does (each bar ticks ten
 * times, then the next opens) until it is killed. Bar {@code i}'s final values are {@link #bar}.
 */
public final class CrashWriter {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        try (BarFile f = BarFile.open(file, BarFileTest.M)) {
            for (long i = 0; ; i++) {
                for (int tick = 1; tick <= 10; tick++) {
                    double[] v = bar(i, tick);
                    f.put(BarFileTest.T0 + i * BarFileTest.M, v[0], v[1], v[2], v[3], v[4]);
                }
                if (i % 64 == 0) f.sync();
                if (i == 2000) System.out.println("written");
            }
        }
    }

    /** Bar {@code i} after {@code tick} of its ten ticks: {o, h, l, c, v}. */
    static double[] bar(long i, int tick) {
        double o = 100 + i % 97;
        return new double[] {o, o + tick, o - tick, o + tick / 2.0, tick * 0.5};
    }
}
