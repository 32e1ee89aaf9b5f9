package org.candela.chart.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinMaxIndexTest {

    private static BarStore randomBars(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        BarStore s = new BarStore(n);
        double p = 100;
        for (int i = 0; i < n; i++) {
            p += r.nextDouble(-1, 1);
            s.append(i, p, p + r.nextDouble(0, 2), p - r.nextDouble(0, 2), p, 1);
        }
        return s;
    }

    private static void assertEnvelope(BarStore s, MinMaxIndex index, int from, int to) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = Math.max(0, from); i <= Math.min(s.size() - 1, to); i++) {
            lo = Math.min(lo, s.low(i));
            hi = Math.max(hi, s.high(i));
        }
        double[] out = new double[2];
        index.envelope(from, to, out);
        assertEquals(lo, out[0], "low of " + from + ".." + to);
        assertEquals(hi, out[1], "high of " + from + ".." + to);
    }

    @Test
    void envelopeEqualsAScanForRandomRanges() {
        BarStore s = randomBars(100_003, 1);
        MinMaxIndex index = new MinMaxIndex(MinMaxIndex.lowHigh(s));
        SplittableRandom r = new SplittableRandom(2);
        for (int k = 0; k < 500; k++) {
            int a = r.nextInt(-10, 100_010), b = r.nextInt(-10, 100_010);
            assertEnvelope(s, index, Math.min(a, b), Math.max(a, b));
        }
        assertEnvelope(s, index, 0, 99_999_999);
        assertEnvelope(s, index, 77, 77);
    }

    @Test
    void ticksAndAppendsAreFoldedIn() {
        BarStore s = randomBars(5_000, 3);
        MinMaxIndex index = new MinMaxIndex(MinMaxIndex.lowHigh(s));
        assertEnvelope(s, index, 0, 4_999);
        s.set(4_999, s.time(4_999), 100, 1_000, -1_000, 100, 1);
        index.invalidateFrom(4_999);
        assertEnvelope(s, index, 0, 4_999);
        s.set(4_999, s.time(4_999), 100, 101, 99, 100, 1); // the spike is gone again
        index.invalidateFrom(4_999);
        assertEnvelope(s, index, 0, 4_999);
        for (int i = 0; i < 70_000; i++) {
            s.append(5_000 + i, 50, 51 + i % 17, 49 - i % 13, 50, 1);
            index.invalidateFrom(s.size() - 1);
        }
        assertEnvelope(s, index, 0, s.size() - 1);
        assertEnvelope(s, index, 4_000, 60_000);
    }

    @Test
    void aQueryTouchesLogarithmicallyManyEntries() {
        BarStore s = randomBars(1_000_000, 4);
        int[] reads = {0};
        MinMaxIndex.Source counting = new MinMaxIndex.Source() {
            public int size() {
                return s.size();
            }

            public double low(int i) {
                reads[0]++;
                return s.low(i);
            }

            public double high(int i) {
                return s.high(i);
            }
        };
        MinMaxIndex index = new MinMaxIndex(counting);
        index.envelope(0, 10, new double[2]);
        reads[0] = 0;
        index.envelope(12_345, 987_654, new double[2]);
        assertTrue(reads[0] <= 2 * 16, "bar reads for a 975,000-bar range: " + reads[0]);
        assertTrue(index.bytes() < 1_000_000 * 16 / 15 * 1.15 + 1_000, "pyramid bytes (with 1/8 headroom): " + index.bytes());
    }
}
