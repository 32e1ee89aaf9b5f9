package org.candela.chart.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicators.builtin.EmaIndicator;
import org.candela.indicators.builtin.MacdIndicator;
import org.candela.indicators.builtin.RsiIndicator;
import org.candela.indicators.builtin.SmaIndicator;
import org.junit.jupiter.api.Test;

/** The indicator text of the command line and the shell: parsing, names that read back, chains, errors. */
class IndicatorSpecTest {

    static final List<Indicator> BUILTINS = Builtins.all();

    @Test
    void theIssueListParsesAndEveryNameReadsBack() {
        String list = "sma(20),ema(20),wma(20),rsi(14),macd(12,26,9),bb(20,2),atr(14),stoch(14,3,3),obv,vwap";
        List<IndicatorSpec> specs = IndicatorSpec.parseList(list, BUILTINS);
        assertEquals(List.of(list.split(",(?![^(]*\\))")), specs.stream().map(IndicatorSpec::name).toList());
        for (String text : List.of("bb(20,2.5,source=hl2)", "vwap(anchor=week)", "sma(5,source=macd(12,26,9).signal)",
                "ema(9,source=rsi(14))", "donchian(55)")) {
            IndicatorSpec s = IndicatorSpec.parse(text, BUILTINS);
            assertEquals(text, s.name());
            assertEquals(s.values(), IndicatorSpec.parse(s.name(), BUILTINS).values());
        }
        assertEquals("macd(5,35,5)", IndicatorSpec.parse("macd(slow=35, fast=5, signal=5)", BUILTINS).name());
        assertEquals("rsi(14)", IndicatorSpec.parse(" RSI ( 14 ) ", BUILTINS).name());
    }

    @Test
    void aChainFeedsOneIndicatorsOutputToAnother() {
        IndicatorComputation chain = IndicatorSpec.parse("ema(9,source=rsi(14))", BUILTINS).create();
        IndicatorComputation rsi = new RsiIndicator().create(ParameterValues.defaults(new RsiIndicator().descriptor()));
        IndicatorComputation ema = new EmaIndicator().create(ParameterValues.defaults(new EmaIndicator().descriptor()).with("length", 9));
        assertEquals(14 + 8, chain.warmup());
        double[] a = new double[1], r = new double[1], e = new double[1];
        int first = -1;
        for (int i = 0; i < 500; i++) {
            double c = 100 + Math.sin(i / 7.0) * 5 + i % 3;
            chain.update(true, i, c, c, c, c, 1, a);
            chain.update(false, i, c, c + 1, c - 1, c + 0.5, 1, a); // a tick, then the final close
            chain.update(false, i, c, c, c, c, 1, a);
            rsi.update(true, i, c, c, c, c, 1, r);
            double expected = Double.NaN;
            if (!Double.isNaN(r[0])) {
                ema.update(true, i, r[0], r[0], r[0], r[0], 1, e);
                expected = e[0];
            }
            assertEquals(expected, a[0], 0.0, "bar " + i);
            if (first < 0 && !Double.isNaN(a[0])) first = i;
        }
        assertEquals(22, first, "the first value after both warm-ups");
    }

    @Test
    void aChainCanReadAnyOutput() {
        IndicatorSpec s = IndicatorSpec.parse("sma(5,source=macd(12,26,9).signal)", BUILTINS);
        assertEquals(1, s.output());
        assertEquals(33 + 4, s.create().warmup());
        assertTrue(s.uses(BUILTINS.stream().filter(i -> i instanceof MacdIndicator).findFirst().orElseThrow()));
    }

    @Test
    void aChainDrawsWhereItsInputDoes() throws Exception {
        ChartSession s = new ChartSession(new ChartSessionTest.Fake(), "T/USD", org.candela.marketdata.api.Timeframe.M1,
                org.candela.chart.model.Theme.DARK);
        s.setHistory(ChartSession.fetchHistory(new ChartSessionTest.Fake(), "T/USD", org.candela.marketdata.api.Timeframe.M1, 500, 25_000 * 60_000L));
        int panes = s.model().panes().size();
        IndicatorBinding lonely = s.addIndicator(IndicatorSpec.parse("ema(9,source=rsi(14))", BUILTINS));
        assertEquals(panes + 1, s.model().panes().size(), "not on the price pane: a pane of its own");
        assertTrue(lonely.pane().hasFixedRange() && lonely.pane().fixedMax() == 100, "with the RSI's range");
        s.removeBinding(lonely);
        IndicatorBinding rsi = s.addIndicator(IndicatorSpec.parse("rsi(14)", BUILTINS));
        IndicatorBinding ema = s.addIndicator(IndicatorSpec.parse("ema(9,source=rsi(14))", BUILTINS));
        assertEquals(panes + 1, s.model().panes().size(), "into the RSI's pane");
        assertEquals(rsi.pane(), ema.pane());
        IndicatorBinding onPrice = s.addIndicator(IndicatorSpec.parse("sma(5,source=ema(20))", BUILTINS));
        assertEquals(s.model().pricePane(), onPrice.pane(), "a chain of overlays stays on the price pane");
        s.removeBinding(rsi);
        assertEquals(panes, s.model().panes().size());
        assertEquals(List.of(onPrice), s.indicators(), "the EMA of the RSI left with the RSI's pane");
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("unknown indicator 'foo'; installed: atr, bb, donchian, ema, macd, obv, rsi, sma, stoch, volume, vwap, wma",
                error("foo(1)"));
        assertEquals("sma.length must be between 1 and 5000, was 0", error("sma(0)"));
        assertEquals("sma takes 1 number [length], not '30' as number 2", error("sma(20,30)"));
        assertEquals("sma has no parameter 'size'; it has [length, source]", error("sma(size=3)"));
        assertEquals("expected ',' or ')' at position 7 of 'sma(20'", error("sma(20"));
        assertEquals("expected an indicator name at position 9 of 'sma(20),,rsi'", error("sma(20),,rsi"));
        assertEquals("macd(12,26,9) has no output 'nope'; it has [macd, signal, histogram]", error("rsi(14,source=macd(12,26,9).nope)"));
        assertEquals("vwap.anchor must be one of [session, week, month], was day", error("vwap(anchor=day)"));
        assertEquals("macd: the fast length (30) must be below the slow length (26)",
                assertThrows(IllegalArgumentException.class, () -> IndicatorSpec.parse("macd(30,26,9)", BUILTINS).create()).getMessage());
    }

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> IndicatorSpec.parseList(text, BUILTINS)).getMessage();
    }

    /** The built-ins as the service registry would hold them. */
    static final class Builtins {
        static List<Indicator> all() {
            return List.of(new SmaIndicator(), new EmaIndicator(), new org.candela.indicators.builtin.WmaIndicator(),
                    new RsiIndicator(), new MacdIndicator(), new org.candela.indicators.builtin.BollingerIndicator(),
                    new org.candela.indicators.builtin.AtrIndicator(), new org.candela.indicators.builtin.StochasticIndicator(),
                    new org.candela.indicators.builtin.ObvIndicator(), new org.candela.indicators.builtin.VwapIndicator(),
                    new org.candela.indicators.builtin.DonchianIndicator(), new org.candela.indicators.builtin.VolumeIndicator());
        }
    }

    @Test
    void aChainDeeperThanTheLimitIsAClearErrorNotAStackOverflow() {
        String deep = "ema(9,source=".repeat(9_000) + "sma(2)" + ")".repeat(9_000);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> IndicatorSpec.parseList(deep, BUILTINS));
        assertTrue(e.getMessage().startsWith("indicators fed from indicators more than 16 deep"), e.getMessage());
        String ok = "ema(9,source=".repeat(15) + "sma(2)" + ")".repeat(15);
        assertEquals(1, IndicatorSpec.parseList(ok, BUILTINS).size());
    }
}
