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
    void ticksUpdateIndicatorsIncrementallyToTheSameValuesAsARecompute() throws Exception {
        for (boolean waitEachTick : new boolean[] {true, false}) { // each tick computed, or ticks coalesced
            Fake fake = new Fake();
            ChartSession s = session(fake);
            Indicator mean = TestIndicators.mean(Placement.OVERLAY);
            IndicatorBinding b = s.addIndicator(mean, ParameterValues.defaults(mean.descriptor()));
            s.startLive(() -> { });
            long t = 25_000 * M;
            double[] prices = {51, 58, 43, 55.5, 49};
            for (int k = 0; k < prices.length; k++) {
                fake.listener.onTrade(t + k * M / 2 + 10, prices[k], 1); // bars 25,000, 25,000, 25,001, 25,001, 25,002
                assertTrue(s.drain());
                if (waitEachTick) s.awaitIndicators();
            }
            s.awaitIndicators();

            BarStore bars = s.model().bars();
            assertEquals(25_003, bars.size());
            ChartSession fresh = new ChartSession(fake, "T/USD", Timeframe.M1, Theme.DARK);
            fresh.setHistory(bars);
            IndicatorBinding expected = fresh.addIndicator(mean, ParameterValues.defaults(mean.descriptor()));
            fresh.awaitIndicators();
            assertEquals(bars.size(), b.column(0).size());
            for (int i = 0; i < bars.size(); i++) {
                assertEquals(expected.column(0).get(i), b.column(0).get(i), 1e-9, "bar " + i + (waitEachTick ? "" : ", coalesced"));
            }
            double[] closes = new double[bars.size()];
            for (int i = 0; i < closes.length; i++) closes[i] = bars.close(i);
            double sum = 0;
            for (int i = 0; i < closes.length; i++) sum += closes[i];
            assertEquals(sum / closes.length, b.column(0).get(closes.length - 1), 1e-9, "the running mean, computed here");
            s.close();
            fresh.close();
        }
    }

    @Test
    void pluginCodeNeverRunsOnTheCallersThreadAndATickAllocatesNothingThere() throws Exception {
        Fake fake = new Fake();
        ChartSession s = session(fake);
        java.util.Set<Thread> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Indicator where = TestIndicators.recordingThreads(threads);
        IndicatorBinding b = s.addIndicator(where, ParameterValues.defaults(where.descriptor()));
        s.startLive(() -> { });
        s.awaitIndicators();
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long laneBefore = mx.getThreadAllocatedBytes(b.thread().getId());
        for (int k = 0; k < 20_000; k++) {
            fake.listener.onTrade(25_000 * M + 10 + k, 50 + k % 3, 1);
            s.drain();
            if (k % 100 == 0) s.awaitIndicators();
        }
        s.awaitIndicators();
        long laneAllocated = mx.getThreadAllocatedBytes(b.thread().getId()) - laneBefore;
        assertEquals(java.util.Set.of(b.thread()), threads, "create() and update() ran on the indicator's own thread only");
        assertFalse(threads.contains(Thread.currentThread()));
        assertTrue(laneAllocated < 16 * 1024, "20,000 ticks allocated " + laneAllocated + " bytes on the indicator's thread");
        assertEquals(50 + 19_999 % 3, b.column(0).get(s.model().bars().size() - 1), "the last tick's value was taken");
        s.close();
        b.thread().join(5_000);
        assertFalse(b.thread().isAlive(), "the thread ends with the chart");
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
    void aThrowingIndicatorIsMarkedFailedAndTheOthersKeepRunning() throws Exception {
        ChartSession s = session(new Fake());
        Indicator bad = TestIndicators.returning(42, 100);
        Indicator good = TestIndicators.mean(Placement.OVERLAY);
        IndicatorBinding b = s.addIndicator(bad, ParameterValues.defaults(bad.descriptor()));
        IndicatorBinding g = s.addIndicator(good, ParameterValues.defaults(good.descriptor()));
        s.awaitIndicators();
        assertTrue(b.error().contains("plugin bug"), b.error());
        assertTrue(b.lines()[0].error() != null, "its series shows the failure");
        assertNull(g.error());
        assertEquals(25_000, g.column(0).size());
    }

    @Test
    void infinityOrNaNAfterWarmupMarksTheIndicatorFailed() throws Exception {
        ChartSession s = session(new Fake());
        Indicator inf = TestIndicators.returning(Double.POSITIVE_INFINITY, 10);
        Indicator nan = TestIndicators.returning(Double.NaN, 10);
        IndicatorBinding i = s.addIndicator(inf, ParameterValues.defaults(inf.descriptor()));
        IndicatorBinding n = s.addIndicator(nan, ParameterValues.defaults(nan.descriptor()));
        s.awaitIndicators();
        assertTrue(i.error().contains("Infinity"), i.error());
        assertTrue(n.error().contains("NaN"), n.error());
        assertEquals(0, i.column(0).size(), "nothing of a failed computation reaches the chart");
    }

    @Test
    void anIndicatorPastItsTickBudgetInCpuTimeIsMarkedFailedAndTheOthersKeepRunning() throws Exception {
        Fake fake = new Fake();
        ChartSession s = session(fake);
        long millis = IndicatorBinding.TICK_BUDGET_NANOS / 1_000_000 + 30;
        Indicator slow = TestIndicators.slowOnTicks(millis, true);
        Indicator asleep = TestIndicators.slowOnTicks(millis, false);
        Indicator good = TestIndicators.mean(Placement.OVERLAY);
        IndicatorBinding b = s.addIndicator(slow, ParameterValues.defaults(slow.descriptor()));
        IndicatorBinding z = s.addIndicator(asleep, ParameterValues.defaults(asleep.descriptor()));
        IndicatorBinding g = s.addIndicator(good, ParameterValues.defaults(good.descriptor()));
        s.startLive(() -> { });
        s.awaitIndicators();
        assertNull(b.error(), "history went through the batch path quickly");
        int last = s.model().bars().size() - 1;
        double before = g.column(0).get(last);
        fake.listener.onTrade(24_999 * M + 10, 1_000, 1);
        s.drain();
        s.awaitIndicators();
        assertTrue(b.error() != null && b.error().startsWith("too slow: "), String.valueOf(b.error()));
        assertTrue(b.error().contains("1 bar") && b.error().endsWith("(budget 50 ms)"), b.error());
        assertNull(z.error(), "80 ms asleep is not 80 ms of CPU: a thread descheduled or a GC pause fails no one");
        assertEquals(1_000, z.column(0).get(last));
        assertNull(g.error());
        assertTrue(g.column(0).get(last) > before, "the other indicator took the tick");
        s.close();
    }

    @Test
    void anIndicatorThatNeverReturnsFailsAtItsBudgetAndItsThreadWritesNothingIntoTheChart() throws Exception {
        for (boolean computing : new boolean[] {true, false}) {
            ChartSession s = session(new Fake());
            var running = new java.util.concurrent.atomic.AtomicBoolean(true);
            Indicator stuck = TestIndicators.neverReturning(running, computing);
            IndicatorBinding b = s.addIndicator(stuck, ParameterValues.defaults(stuck.descriptor()));
            assertFalse(b.idle(), "the caller did not wait for the computation");
            Indicator good = TestIndicators.mean(Placement.OVERLAY);
            IndicatorBinding g = s.addIndicator(good, ParameterValues.defaults(good.descriptor()));
            s.awaitIndicators();
            int n = s.model().bars().size();
            String expected = computing ? "too slow: " + n + " bars not done after " : "not responding: " + n + " bars not done after ";
            assertTrue(b.error() != null && b.error().startsWith(expected), String.valueOf(b.error()));
            assertNull(g.error(), "the other indicator ran beside it");
            assertEquals(n, g.column(0).size());
            running.set(false); // the plugin returns at last, writing 7s
            b.thread().join(10_000);
            assertFalse(b.thread().isAlive(), "its thread ended when the plugin returned");
            s.drain();
            assertEquals(0, b.column(0).size(), "nothing the abandoned thread computed reached the chart");
            s.close();
        }
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
    void olderHistoryGoesInFrontWithoutMovingTheView() throws Exception {
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
        s.awaitIndicators();
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
