package org.candela.indicators.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.ParameterValues;
import org.junit.jupiter.api.Test;

class SmaIndicatorTest {

    private static IndicatorComputation sma(int length) {
        var d = new SmaIndicator().descriptor();
        return new SmaIndicator().create(ParameterValues.defaults(d).with("length", length));
    }

    @Test
    void matchesTheMeanOfTheLastLengthClosesAfterWarmup() {
        double[] closes = new double[10_000];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < closes.length; i++) closes[i] = 30_000 + r.nextDouble(-500, 500);
        IndicatorComputation c = sma(20);
        assertEquals(19, c.warmup());
        double[] out = new double[1];
        for (int i = 0; i < closes.length; i++) {
            c.update(true, i, 0, 0, 0, closes[i], 0, out);
            if (i < 19) {
                assertTrue(Double.isNaN(out[0]), "warm-up " + i);
                continue;
            }
            double sum = 0;
            for (int k = i - 19; k <= i; k++) sum += closes[k];
            assertEquals(sum / 20, out[0], 1e-9, "bar " + i);
        }
    }

    @Test
    void replacingTheFormingBarManyTimesEqualsFeedingItOnce() {
        IndicatorComputation live = sma(5), once = sma(5);
        double[] a = new double[1], b = new double[1];
        for (int i = 0; i < 50; i++) {
            double close = 100 + i % 9;
            live.update(true, i, 0, 0, 0, close - 3, 0, a);
            for (int k = 0; k < 10; k++) live.update(false, i, 0, 0, 0, close + k - 5, 0, a);
            live.update(false, i, 0, 0, 0, close, 0, a);
            once.update(true, i, 0, 0, 0, close, 0, b);
            if (i >= 4) assertEquals(b[0], a[0], 1e-12, "bar " + i);
        }
    }

    @Test
    void lengthIsValidated() {
        var d = new SmaIndicator().descriptor();
        var e = assertThrows(IllegalArgumentException.class, () -> ParameterValues.defaults(d).with("length", 0));
        assertEquals("sma.length must be between 1 and 5000, was 0", e.getMessage());
        assertEquals("sma(20)", ParameterValues.defaults(d).shortName());
    }
}
