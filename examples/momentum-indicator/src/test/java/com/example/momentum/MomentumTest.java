package com.example.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.candela.indicator.api.ParameterValues;
import org.junit.jupiter.api.Test;

class MomentumTest {

    @Test
    void momentumIsCloseMinusCloseLengthBarsAgo() {
        var m = new MomentumIndicator().create(ParameterValues.defaults(MomentumIndicator.DESCRIPTOR).with("length", 3));
        double[] closes = {10, 11, 13, 12, 15, 14};
        double[] out = new double[1];
        for (int i = 0; i < closes.length; i++) {
            m.update(true, i, 0, 0, 0, closes[i], 0, out);
            if (i < 3) assertTrue(Double.isNaN(out[0]), "warm-up at " + i);
            else assertEquals(closes[i] - closes[i - 3], out[0], 1e-12, "bar " + i);
        }
    }

    @Test
    void replacingTheFormingBarGivesTheSameAsFeedingItOnce() {
        var a = new Momentum(2);
        var b = new Momentum(2);
        double[] oa = new double[1], ob = new double[1];
        for (int i = 0; i < 5; i++) {
            a.update(true, i, 0, 0, 0, 100 + i, 0, oa);
            b.update(true, i, 0, 0, 0, 100 + i, 0, ob);
        }
        a.update(true, 5, 0, 0, 0, 90, 0, oa);
        a.update(false, 5, 0, 0, 0, 95, 0, oa);
        a.update(false, 5, 0, 0, 0, 107, 0, oa);
        b.update(true, 5, 0, 0, 0, 107, 0, ob);
        assertEquals(ob[0], oa[0], 0);
        assertEquals(107 - 103, oa[0], 1e-12);
    }
}
