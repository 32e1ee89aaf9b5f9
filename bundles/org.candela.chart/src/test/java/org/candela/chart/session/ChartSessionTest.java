package org.candela.chart.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.candela.chart.data.BarStore;
import org.candela.chart.model.Theme;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.Placement;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;
import org.junit.jupiter.api.Test;

class ChartSessionTest {

    private static final long M = 60_000;

    /** A connector with 25,000 one-minute bars ending at 25,000 minutes, served in pages. */
    static final class Fake implements MarketDataConnector {
        LiveListener listener;
        int requests;

        public String id() {
            return "fake";
        }

        public String name() {
            return "Fake";
        }

        public List<String> symbols() {
            return List.of("T/USD");
        }

        public int loadHistory(HistoryRequest r, BarSink sink) {
            requests++;
            int end = (int) Math.min(25_000, Math.ceil(r.endMillis() / (double) M));
            int start = Math.max(0, end - r.maxBars());
            for (int i = start; i < end; i++) sink.bar(i * M, 50 + i % 7, 60, 40, 50 + i % 5, 1);
            if (start == end - 1) sink.bar(0, Double.NaN, 1, 1, 1, 1);
            return end - start;
        }

        public Subscription subscribe(String s, Timeframe tf, LiveListener l) {
            listener = l;
            return () -> listener = null;
        }

        public ConnectionState state() {
            return ConnectionState.LIVE;
        }
    }

    private static ChartSession session(Fake fake) throws IOException {
        ChartSession s = new ChartSession(fake, "T/USD", Timeframe.M1, Theme.DARK);
        s.setHistory(ChartSession.fetchHistory(fake, "T/USD", Timeframe.M1, 25_000, Long.MAX_VALUE));
        return s;
    }

    @Test
    void historyIsFetchedPageByPageOldestFirst() throws IOException {
        Fake fake = new Fake();
        BarStore h = ChartSession.fetchHistory(fake, "T/USD", Timeframe.M1, 22_000, 25_000 * M);
        assertEquals(22_000, h.size());
        assertEquals(3_000 * M, h.time(0));
        assertEquals(24_999 * M, h.lastTime());
        assertEquals(3, fake.requests, "pages of 10,000");
    }

    @Test
    void ticksUpdateIndicatorsIncrementallyToTheSameValuesAsARecompute() throws IOException {
        Fake fake = new Fake();
        ChartSession s = session(fake);
        Indicator mean = TestIndicators.mean(Placement.OVERLAY);
        IndicatorBinding b = s.addIndicator(mean, ParameterValues.defaults(mean.descriptor()));
        s.startLive(() -> { });
        long t = 25_000 * M;
        double[] prices = {51, 58, 43, 55.5};
        for (double p : prices) {
            fake.listener.onTrade(t + 10, p, 1);
            assertTrue(s.drain());
        }
        fake.listener.onTrade(t + M, 52, 1);
        s.drain();

        BarStore bars = s.model().bars();
        assertEquals(25_002, bars.size());
        ChartSession fresh = new ChartSession(fake, "T/USD", Timeframe.M1, Theme.DARK);
        fresh.setHistory(bars);
        IndicatorBinding expected = fresh.addIndicator(mean, ParameterValues.defaults(mean.descriptor()));
        for (int i = 0; i < bars.size(); i++) {
            assertEquals(expected.column(0).get(i), b.column(0).get(i), 1e-9, "bar " + i);
        }
    }

    @Test
    void paneIndicatorsGetAPaneWithTheirRangeAndLevelsAndLoseItWhenRemoved() throws IOException {
        ChartSession s = session(new Fake());
        Indicator osc = TestIndicators.mean(Placement.PANE);
        s.addIndicator(osc, ParameterValues.defaults(osc.descriptor()));
        assertEquals(3, s.model().panes().size());
        var pane = s.model().panes().get(2);
        assertTrue(pane.hasFixedRange());
        assertEquals(100, pane.fixedMax());
        assertEquals(2, pane.levels().length);

        assertEquals(1, s.removeIndicator(osc), "the service was uninstalled");
        assertEquals(2, s.model().panes().size());
        assertEquals(0, s.indicators().size());
    }

    @Test
    void aThrowingIndicatorIsMarkedFailedAndTheOthersKeepRunning() throws IOException {
        ChartSession s = session(new Fake());
        Indicator bad = TestIndicators.returning(42, 100);
        Indicator good = TestIndicators.mean(Placement.OVERLAY);
        IndicatorBinding b = s.addIndicator(bad, ParameterValues.defaults(bad.descriptor()));
        IndicatorBinding g = s.addIndicator(good, ParameterValues.defaults(good.descriptor()));
        assertTrue(b.error().contains("plugin bug"), b.error());
        assertTrue(b.lines()[0].error() != null, "its series shows the failure");
        assertNull(g.error());
        assertEquals(25_000, g.column(0).size());
    }

    @Test
    void infinityOrNaNAfterWarmupMarksTheIndicatorFailed() throws IOException {
        ChartSession s = session(new Fake());
        Indicator inf = TestIndicators.returning(Double.POSITIVE_INFINITY, 10);
        Indicator nan = TestIndicators.returning(Double.NaN, 10);
        assertTrue(s.addIndicator(inf, ParameterValues.defaults(inf.descriptor())).error().contains("Infinity"));
        assertTrue(s.addIndicator(nan, ParameterValues.defaults(nan.descriptor())).error().contains("NaN"));
    }

    @Test
    void anIndicatorPastItsTickBudgetIsMarkedFailedAndTheOthersKeepRunning() throws IOException {
        ChartSession s = session(new Fake());
        Indicator slow = TestIndicators.slowOnTicks(IndicatorBinding.TICK_BUDGET_NANOS / 1_000_000 + 30);
        Indicator good = TestIndicators.mean(Placement.OVERLAY);
        IndicatorBinding b = s.addIndicator(slow, ParameterValues.defaults(slow.descriptor()));
        IndicatorBinding g = s.addIndicator(good, ParameterValues.defaults(good.descriptor()));
        assertNull(b.error(), "history went through the batch path quickly");
        BarStore bars = s.model().bars();
        int last = bars.size() - 1;
        double before = g.column(0).get(last);
        bars.set(last, bars.time(last), bars.open(last), bars.high(last) + 1, bars.low(last), bars.close(last) + 1, 1);
        b.sync(bars, last);
        g.sync(bars, last);
        assertTrue(b.error() != null && b.error().startsWith("too slow: "), String.valueOf(b.error()));
        assertTrue(b.error().endsWith("for 1 bar (budget 50 ms)"), b.error());
        assertNull(g.error());
        assertTrue(g.column(0).get(last) > before, "the other indicator took the tick");
    }

    @Test
    void anIndicatorThatNeverReturnsHoldsTheChartOnlyForItsBudget() throws IOException {
        ChartSession s = session(new Fake());
        Indicator stuck = TestIndicators.neverReturning();
        long start = System.nanoTime();
        IndicatorBinding b = s.addIndicator(stuck, ParameterValues.defaults(stuck.descriptor()));
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = s.model().bars().size();
        assertTrue(b.error() != null && b.error().startsWith("too slow: " + n + " bars of history not done after "), String.valueOf(b.error()));
        double budget = (IndicatorBinding.HISTORY_BUDGET_NANOS + IndicatorBinding.BAR_BUDGET_NANOS * n) / 1e9;
        assertTrue(seconds < budget + 2, "the chart waited " + seconds + " s for a budget of " + budget + " s");
        Indicator good = TestIndicators.mean(Placement.OVERLAY);
        assertNull(s.addIndicator(good, ParameterValues.defaults(good.descriptor())).error(), "the next indicator works");
    }

    @Test
    void aLinkThatIsNotWellSaysSoOnTheChart() throws IOException {
        Fake fake = new Fake();
        ChartSession s = session(fake);
        s.startLive(() -> { });
        fake.listener.onState(ConnectionState.LIVE, "connected");
        s.drain();
        assertEquals("", s.model().notice());
        fake.listener.onState(ConnectionState.RECONNECTING, "connection refused; again in 4 s");
        s.drain();
        assertEquals(fake.name() + " is reconnecting — connection refused; again in 4 s", s.model().notice());
        fake.listener.onState(ConnectionState.FAILED, "Kraken refused ETH/USD: Currency pair not supported");
        s.drain();
        assertEquals(fake.name() + " failed — Kraken refused ETH/USD: Currency pair not supported", s.model().notice());
        fake.listener.onState(ConnectionState.LIVE, "data again");
        s.drain();
        assertEquals("", s.model().notice());
        s.close();
    }

    @Test
    void olderHistoryGoesInFrontWithoutMovingTheView() throws IOException {
        ChartSession s = session(new Fake());
        Indicator mean = TestIndicators.mean(Placement.OVERLAY);
        IndicatorBinding b = s.addIndicator(mean, ParameterValues.defaults(mean.descriptor()));
        BarStore bars = s.model().bars();
        var ts = s.model().timeScale();
        ts.setWidth(1000);
        ts.setBarSpacing(6);
        ts.scrollBy(300);
        long shownTime = bars.time(bars.size() - 80);
        double x = ts.indexToX(bars.size() - 80);
        BarStore older = new BarStore();
        long first = bars.time(0);
        for (int i = 500; i >= 1; i--) older.append(first - i * M, 10, 11, 9, 10.5, 1);
        assertEquals(500, s.prependHistory(older));
        int index = bars.indexOf(shownTime);
        assertEquals(ts.indexToX(index), x, 1e-9, "the bar that was at x is still at x");
        assertEquals(first - 500 * M, bars.time(0));
        assertEquals(bars.size(), b.column(0).size(), "the indicator covers the older bars too");
        assertEquals(10.5, b.column(0).get(2), 1e-12, "and is computed over them");
        assertEquals(0, s.prependHistory(older), "the same bars again add nothing");
        assertFalse(s.hasOlderHistory());
    }

    @Test
    void aHistoryLoadCanStopAfterAFewPages() throws IOException {
        Fake fake = new Fake();
        assertEquals(25_000, ChartSession.fetchHistory(fake, "T/USD", Timeframe.M1, 100_000, 25_000 * M).size(), "all there is");
        BarStore two = ChartSession.fetchHistory(fake, "T/USD", Timeframe.M1, 100_000, 25_000 * M, 2);
        assertEquals(20_000, two.size(), "two pages of 10,000");
        assertEquals(24_999 * M, two.lastTime(), "the newest ones");
    }

    @Test
    void malformedHistoryBarsAreSkipped() throws IOException {
        Fake fake = new Fake();
        BarStore h = ChartSession.fetchHistory(fake, "T/USD", Timeframe.M1, 1, 25_000 * M);
        assertEquals(1, h.size(), "the NaN bar was dropped");
    }
}
