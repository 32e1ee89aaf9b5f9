package org.candela.indicators.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.ParameterValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in against the plain TA-Lib definitions in {@link Reference}, through the streaming path, the
 * batch path and the forming-candle path (replacing the last bar many times equals feeding it once, to
 * the bit), with no allocation per tick.
 */
class BuiltinIndicatorsTest {

    static final Bars BARS = new Bars(3_000, 42);

    /** One indicator with parameters and its reference outputs. */
    record Case(String name, Indicator indicator, Object[] parameters, Function<Bars, double[][]> reference) {
        IndicatorComputation create() {
            ParameterValues p = ParameterValues.defaults(indicator.descriptor());
            for (int i = 0; i < parameters.length; i += 2) p = p.with((String) parameters[i], parameters[i + 1]);
            return indicator.create(p);
        }

        int outputs() {
            return indicator.descriptor().outputs().size();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("sma(20)", new SmaIndicator(), new Object[] {}, b -> new double[][] {Reference.sma(b.close, 20)}),
                new Case("sma(1)", new SmaIndicator(), new Object[] {"length", 1}, b -> new double[][] {b.close.clone()}),
                new Case("sma(9,hlc3)", new SmaIndicator(), new Object[] {"length", 9, "source", "hlc3"},
                        b -> new double[][] {Reference.sma(hlc3(b), 9)}),
                new Case("ema(20)", new EmaIndicator(), new Object[] {}, b -> new double[][] {Reference.ema(b.close, 20, 0)}),
                new Case("ema(50,high)", new EmaIndicator(), new Object[] {"length", 50, "source", "high"},
                        b -> new double[][] {Reference.ema(b.high, 50, 0)}),
                new Case("wma(20)", new WmaIndicator(), new Object[] {}, b -> new double[][] {Reference.wma(b.close, 20)}),
                new Case("wma(5000)", new WmaIndicator(), new Object[] {"length", 5000}, b -> new double[][] {Reference.wma(b.close, 5000)}),
                new Case("rsi(14)", new RsiIndicator(), new Object[] {}, b -> new double[][] {Reference.rsi(b.close, 14)}),
                new Case("rsi(2)", new RsiIndicator(), new Object[] {"length", 2}, b -> new double[][] {Reference.rsi(b.close, 2)}),
                new Case("macd(12,26,9)", new MacdIndicator(), new Object[] {}, b -> Reference.macd(b.close, 12, 26, 9)),
                new Case("macd(5,35,5)", new MacdIndicator(), new Object[] {"fast", 5, "slow", 35, "signal", 5},
                        b -> Reference.macd(b.close, 5, 35, 5)),
                new Case("bb(20,2)", new BollingerIndicator(), new Object[] {}, b -> Reference.bollinger(b.close, 20, 2)),
                new Case("bb(10,1.5)", new BollingerIndicator(), new Object[] {"length", 10, "mult", 1.5},
                        b -> Reference.bollinger(b.close, 10, 1.5)),
                new Case("atr(14)", new AtrIndicator(), new Object[] {}, b -> new double[][] {Reference.atr(b.high, b.low, b.close, 14)}),
                new Case("stoch(14,3,3)", new StochasticIndicator(), new Object[] {},
                        b -> Reference.stochastic(b.high, b.low, b.close, 14, 3, 3)),
                new Case("stoch(5,1,4)", new StochasticIndicator(), new Object[] {"length", 5, "k", 1, "d", 4},
                        b -> Reference.stochastic(b.high, b.low, b.close, 5, 1, 4)),
                new Case("donchian(20)", new DonchianIndicator(), new Object[] {}, b -> Reference.donchian(b.high, b.low, 20)),
                new Case("obv", new ObvIndicator(), new Object[] {}, b -> new double[][] {Reference.obv(b.close, b.volume)}),
                new Case("vwap(session)", new VwapIndicator(), new Object[] {},
                        b -> new double[][] {Reference.vwap(b.time, b.high, b.low, b.close, b.volume, "session")}),
                new Case("vwap(week)", new VwapIndicator(), new Object[] {"anchor", "week"},
                        b -> new double[][] {Reference.vwap(b.time, b.high, b.low, b.close, b.volume, "week")}),
                new Case("vwap(month)", new VwapIndicator(), new Object[] {"anchor", "month"},
                        b -> new double[][] {Reference.vwap(b.time, b.high, b.low, b.close, b.volume, "month")}),
                new Case("volume", new VolumeIndicator(), new Object[] {}, b -> new double[][] {b.volume.clone()}));
    }

    static double[] hlc3(Bars b) {
        double[] x = new double[b.n];
        for (int i = 0; i < b.n; i++) x[i] = (b.high[i] + b.low[i] + b.close[i]) / 3;
        return x;
    }

    /** Feeds every bar once through update(). */
    static double[][] stream(Case c, Bars b) {
        IndicatorComputation comp = c.create();
        double[][] outs = new double[c.outputs()][b.n];
        double[] out = new double[c.outputs()];
        for (int i = 0; i < b.n; i++) {
            comp.update(true, b.time[i], b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i], out);
            for (int k = 0; k < out.length; k++) outs[k][i] = out[k];
        }
        return outs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheReferenceDefinitionWithWarmupValuesMissing(Case c) {
        double[][] expected = c.reference().apply(BARS), actual = stream(c, BARS);
        int warmup = c.create().warmup();
        for (int k = 0; k < expected.length; k++) {
            for (int i = 0; i < BARS.n; i++) {
                double e = expected[k][i], a = actual[k][i];
                String where = c + " output " + k + " bar " + i;
                if (Double.isNaN(e)) {
                    assertTrue(Double.isNaN(a), where + ": missing in the reference, was " + a);
                    assertTrue(i < warmup, where + ": missing after the warm-up of " + warmup);
                } else {
                    assertEquals(e, a, 1e-9 * Math.max(1, Math.abs(e)), where);
                    assertTrue(i >= warmup, where + ": a value inside the warm-up of " + warmup);
                }
            }
        }
        if (warmup < BARS.n) assertFalse(Double.isNaN(actual[0][warmup]), c + ": the first value is at the warm-up");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void replacingTheFormingBarManyTimesEqualsFeedingItOnce(Case c) {
        double[][] once = stream(c, BARS);
        IndicatorComputation live = c.create();
        double[] out = new double[c.outputs()];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < BARS.n; i++) {
            double o = BARS.open[i];
            // the candle forms: first the open alone, then wandering prices, then the final bar
            live.update(true, BARS.time[i], o, o, o, o, 0, out);
            for (int tick = 0; tick < 6; tick++) {
                double p = o + r.nextDouble(-80, 80);
                live.update(false, BARS.time[i], o, Math.max(o, p) + 1, Math.min(o, p) - 1, p, r.nextDouble(0, 50), out);
            }
            live.update(false, BARS.time[i], o, BARS.high[i], BARS.low[i], BARS.close[i], BARS.volume[i], out);
            for (int k = 0; k < out.length; k++) {
                assertEquals(Double.doubleToLongBits(once[k][i]), Double.doubleToLongBits(out[k]),
                        c + " output " + k + " bar " + i + ": " + out[k] + " after ticks, " + once[k][i] + " fed once");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBatchPathGivesWhatUpdatesGiveAndTicksGoOnFromIt(Case c) {
        double[][] once = stream(c, BARS);
        IndicatorComputation comp = c.create();
        int half = BARS.n / 2;
        double[][] outs = new double[c.outputs()][BARS.n];
        comp.batch(BARS.time, BARS.open, BARS.high, BARS.low, BARS.close, BARS.volume, 0, half, outs);
        double[] out = new double[c.outputs()];
        // the last batch bar is still the forming one: replace it, then stream the rest
        comp.update(false, BARS.time[half - 1], BARS.open[half - 1], BARS.high[half - 1], BARS.low[half - 1],
                BARS.close[half - 1], BARS.volume[half - 1], out);
        for (int i = half; i < BARS.n; i++) {
            comp.update(true, BARS.time[i], BARS.open[i], BARS.high[i], BARS.low[i], BARS.close[i], BARS.volume[i], out);
            for (int k = 0; k < out.length; k++) outs[k][i] = out[k];
        }
        for (int k = 0; k < outs.length; k++) {
            for (int i = 0; i < BARS.n; i++) {
                assertEquals(Double.doubleToLongBits(once[k][i]), Double.doubleToLongBits(outs[k][i]), c + " output " + k + " bar " + i);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aTickAllocatesNothing(Case c) {
        IndicatorComputation comp = c.create();
        double[] out = new double[c.outputs()];
        for (int i = 0; i < BARS.n; i++) {
            comp.update(true, BARS.time[i], BARS.open[i], BARS.high[i], BARS.low[i], BARS.close[i], BARS.volume[i], out);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        int last = BARS.n - 1;
        for (int round = 0; round < 3; round++) { // the first rounds let the JIT settle
            long before = threads.getThreadAllocatedBytes(id);
            for (int t = 0; t < 100_000; t++) {
                double p = BARS.close[last] + (t % 50) - 25;
                comp.update(false, BARS.time[last], BARS.open[last], Math.max(p, BARS.high[last]), Math.min(p, BARS.low[last]), p, 1 + t % 7, out);
                if (t % 1000 == 0) comp.update(true, BARS.time[last], BARS.open[last], p, p, p, 1, out);
            }
            long allocated = threads.getThreadAllocatedBytes(id) - before;
            if (round == 2) assertTrue(allocated < 4096, c + ": 100,000 ticks allocated " + allocated + " bytes");
        }
    }

    /** Every indicator component the bundle declares (OSGI-INF, written by bnd) has cases here. */
    @org.junit.jupiter.api.Test
    void everyDeclaredBuiltInIsCovered() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("target/classes/OSGI-INF");
        java.util.Set<String> declared = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.list(dir)) {
            for (var f : files.toList()) {
                var m = java.util.regex.Pattern.compile("implementation class=\"([^\"]+)\"").matcher(java.nio.file.Files.readString(f));
                if (m.find()) declared.add(((Indicator) Class.forName(m.group(1)).getDeclaredConstructor().newInstance()).descriptor().id());
            }
        }
        java.util.Set<String> tested = new java.util.TreeSet<>(cases().map(c -> c.indicator().descriptor().id()).toList());
        assertEquals(12, declared.size(), "built-ins declared: " + declared);
        assertEquals(declared, tested);
    }
}
