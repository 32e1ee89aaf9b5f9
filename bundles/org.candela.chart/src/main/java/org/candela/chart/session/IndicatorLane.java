package org.candela.chart.session;

import org.candela.chart.data.BarsSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.candela.indicator.api.IndicatorComputation;

/**
 * The thread one indicator's plugin code runs on, so that the UI thread never calls it and never waits for
 * it. The UI thread posts requests ({@link #reset}, {@link #tick}); they are coalesced into one pending
 * request, so a flood of ticks costs one computation per free moment of the lane. The lane computes into
 * arrays of its own and publishes them; the UI thread takes them at its next frame ({@link #takeResults}).
 * Nothing the lane does writes into the chart's arrays, so an abandoned lane cannot corrupt a chart.
 *
 * <p>Bars the chart has closed are read from the chart's arrays (append-only while a request's generation
 * is current: any change to a closed bar is a reset, a new generation, and results of an old one are
 * dropped); the forming bar, which the UI thread keeps changing, comes as a copy in the request.
 *
 * <p>Allocation-free per tick: requests and results live in fields and preallocated buffers.
 */
final class IndicatorLane implements Runnable {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final IndicatorSpec spec;
    private final int outputs;
    private final Runnable onResult;
    private final Thread thread;

    // the pending request, written by the UI thread (guarded by this)
    private boolean pending;
    private int requestGen;
    private final BarsSnapshot request = new BarsSnapshot();

    // the job being computed, copied from the request (lane thread only)
    private int gen = -1;
    private final BarsSnapshot job = new BarsSnapshot();
    private IndicatorComputation computation;
    private int warmup, fed;
    private final double[] out;
    private double[][] staging;

    // results, written by the lane and taken by the UI thread (guarded by this)
    private int resetGen = -1;
    private double[][] resetValues;
    private int resetSize;
    private int tickGen = -1, tickFrom = -1, tickTo;
    private double[][] ticks;
    private String failure;

    // the job in progress, for the UI thread's watchdog (guarded by this)
    private boolean busy;
    private long jobWallStart, jobCpuStart;
    private int jobBars;
    private volatile boolean stopped;

    IndicatorLane(IndicatorSpec spec, Runnable onResult) {
        this.spec = spec;
        this.outputs = spec.outputs();
        this.onResult = onResult;
        this.out = new double[outputs];
        this.staging = new double[outputs][64];
        this.ticks = new double[outputs][64];
        thread = new Thread(this, "candela-indicator " + spec.name());
        thread.setDaemon(true);
        thread.setContextClassLoader(IndicatorLane.class.getClassLoader());
        thread.start();
    }

    /** Recompute everything for generation {@code g} over {@code bars}' first {@code n} bars. UI thread. */
    synchronized void reset(int g, org.candela.chart.data.BarStore bars) {
        requestGen = g;
        post(bars);
    }

    /** The bars grew or the forming bar changed, within the current generation. UI thread. */
    synchronized void tick(org.candela.chart.data.BarStore bars) {
        post(bars);
    }

    private void post(org.candela.chart.data.BarStore bars) {
        request.of(bars);
        pending = true;
        notifyAll();
    }

    @Override
    public void run() {
        try {
            while (take()) {
                compute();
                publish();
            }
        } catch (InterruptedException e) {
            // stopped
        } catch (TooSlow e) {
            fail(e.getMessage());
        } catch (Throwable e) { // the plugin's own bug, whatever it is, ends this lane only
            fail(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            synchronized (this) {
                busy = false;
                computation = null;
                job.clear();
            }
        }
    }

    /** Waits for a request and copies it into the job's fields; false once stopped. */
    private synchronized boolean take() throws InterruptedException {
        while (!pending && !stopped) wait();
        if (stopped) return false;
        pending = false;
        boolean reset = requestGen != gen;
        job.of(request);
        if (reset) {
            gen = requestGen;
            computation = null;
        }
        busy = true;
        jobBars = reset ? Math.max(1, job.size()) : Math.max(1, job.size() - fed + 1);
        jobWallStart = System.nanoTime();
        jobCpuStart = THREADS.getCurrentThreadCpuTime();
        return true;
    }

    private void compute() {
        if (computation == null) computeAll();
        else computeNew();
        long cpu = THREADS.getCurrentThreadCpuTime() - jobCpuStart;
        long budget = IndicatorBinding.budgetNanos(jobBars);
        if (cpu > budget) {
            throw new TooSlow(String.format(Locale.ROOT, "too slow: %.0f ms of CPU for %d bar%s (budget %.0f ms)", cpu / 1e6,
                    jobBars, jobBars == 1 ? "" : "s", budget / 1e6));
        }
    }

    /** A new computation over every bar: the batch path for closed bars, then the forming one. */
    private void computeAll() {
        computation = spec.create();
        warmup = Math.max(0, computation.warmup());
        BarsSnapshot b = job;
        int n = b.size();
        double[][] values = new double[outputs][Math.max(16, n + n / 8)];
        for (double[] v : values) Arrays.fill(v, Double.NaN);
        if (n > 1) computation.batch(b.timeArray(), b.openArray(), b.highArray(), b.lowArray(), b.closeArray(), b.volumeArray(), 0, n - 1, values);
        if (n > 0) {
            int f = n - 1; // the forming bar, from the copy
            computation.update(true, b.time(f), b.open(f), b.high(f), b.low(f), b.close(f), b.volume(f), out);
            for (int k = 0; k < outputs; k++) values[k][n - 1] = out[k];
        }
        for (int k = 0; k < outputs; k++) {
            for (int i = 0; i < n; i++) check(values[k][i], i, k);
        }
        fed = n;
        synchronized (this) {
            if (stopped) return; // nothing of an abandoned lane is taken
            resetGen = gen;
            resetValues = values;
            resetSize = n;
            tickFrom = -1;
        }
    }

    /** The bar fed last again (now closed, or the forming bar changed), then each newer bar. */
    private void computeNew() {
        int n = job.size();
        if (n < fed || n == 0) return; // bars only shrink with a reset
        int from = Math.max(0, fed - 1);
        ensureStaging(n - from);
        if (fed > 0) feed(false, fed - 1, from);
        for (int i = fed; i < n; i++) feed(true, i, from);
        fed = n;
        synchronized (this) {
            if (stopped) return;
            if (tickFrom < 0 || tickGen != gen) {
                tickGen = gen;
                tickFrom = from;
                tickTo = from;
            }
            if (ticks[0].length < n - tickFrom) {
                for (int k = 0; k < outputs; k++) ticks[k] = Arrays.copyOf(ticks[k], Math.max(2 * ticks[k].length, n - tickFrom));
            }
            for (int k = 0; k < outputs; k++) System.arraycopy(staging[k], 0, ticks[k], from - tickFrom, n - from);
            tickTo = Math.max(tickTo, n);
        }
    }

    /** Feeds bar {@code i}: from the chart's arrays when closed, from the request's copy when forming. */
    private void feed(boolean newBar, int i, int from) {
        BarsSnapshot b = job;
        computation.update(newBar, b.time(i), b.open(i), b.high(i), b.low(i), b.close(i), b.volume(i), out);
        for (int k = 0; k < outputs; k++) {
            check(out[k], i, k);
            staging[k][i - from] = out[k];
        }
    }

    private void ensureStaging(int n) {
        if (staging[0].length >= n) return;
        for (int k = 0; k < outputs; k++) staging[k] = new double[Math.max(2 * staging[k].length, n)];
    }

    private void check(double v, int i, int k) {
        if (Double.isInfinite(v) || (Double.isNaN(v) && i >= warmup)) {
            throw new IllegalStateException("returned " + v + " at bar " + i + " for "
                    + spec.values().descriptor().outputs().get(k).label());
        }
    }

    private void publish() {
        synchronized (this) {
            busy = false;
        }
        onResult.run(); // outside the lock: it may wake a thread that then asks this lane whether it is idle
    }

    private void fail(String reason) {
        synchronized (this) {
            if (failure == null) failure = reason;
        }
        onResult.run();
    }

    /**
     * Hands the lane's new values to {@code sink} (UI thread): a whole recomputation of generation
     * {@code g}, then values of bars that changed since. Returns whether anything was taken.
     */
    synchronized boolean takeResults(int g, Sink sink) {
        boolean took = false;
        if (resetValues != null) {
            if (resetGen == g) {
                sink.all(resetValues, resetSize);
                took = true;
            }
            resetValues = null;
        }
        if (tickFrom >= 0) {
            if (tickGen == g) {
                sink.some(ticks, tickFrom, tickTo);
                took = true;
            }
            tickFrom = -1;
        }
        return took;
    }

    /** Where {@link #takeResults} puts values. */
    interface Sink {
        /** Every bar's values: {@code values[k]} (length ≥ size) becomes output k. The lane lets go of them. */
        void all(double[][] values, int size);

        /** Bars {@code from..to-1}: output k of bar i is {@code values[k][i - from]}. */
        void some(double[][] values, int from, int to);
    }

    /** True when nothing is pending or computing and every result was taken. */
    synchronized boolean idle() {
        return failure != null || (!pending && !busy && resetValues == null && tickFrom < 0);
    }

    /**
     * The watchdog, called by the UI thread each frame: a job past its budget in CPU time (so that a GC
     * pause or a busy machine does not fail a healthy plugin), or blocked for {@link IndicatorBinding#BLOCKED_NANOS}
     * times its budget, makes the lane fail. Returns the reason, or null while all is well.
     */
    String overrun() {
        int bars;
        long wallStart, cpuStart;
        synchronized (this) {
            if (!busy || failure != null) return failure;
            bars = jobBars;
            wallStart = jobWallStart;
            cpuStart = jobCpuStart;
        }
        long budget = IndicatorBinding.budgetNanos(bars);
        long wall = System.nanoTime() - wallStart;
        if (wall <= budget) return null; // a thread's CPU time never runs ahead of the clock
        long cpu = THREADS.getThreadCpuTime(thread.getId()) - cpuStart;
        String what = bars == 1 ? "1 bar" : bars + " bars";
        String reason = null;
        if (cpu > budget) {
            reason = String.format(Locale.ROOT, "too slow: %s not done after %.0f ms of CPU (budget %.0f ms)", what, cpu / 1e6, budget / 1e6);
        } else if (wall > Math.max(IndicatorBinding.BLOCKED_NANOS, 4 * budget)) {
            reason = String.format(Locale.ROOT, "not responding: %s not done after %.1f s (waiting, not computing)", what, wall / 1e9);
        }
        if (reason != null) {
            synchronized (this) {
                if (failure == null) failure = reason;
            }
            stop();
        }
        return reason;
    }

    /**
     * Stops the lane: its thread ends after the plugin call it is in returns. A plugin that never returns
     * keeps its (daemon) thread; the lane has already let go of the chart's arrays' newer versions and
     * nothing it computes is taken.
     */
    void stop() {
        stopped = true;
        thread.interrupt();
        synchronized (this) {
            request.clear();
            resetValues = null;
            tickFrom = -1;
            notifyAll();
        }
    }

    Thread thread() {
        return thread;
    }

    /**
     * The bars of a request: the chart's arrays (closed bars are read from them) and a copy of the forming
     * bar, which the UI thread keeps changing. Two per lane, reused: no allocation per tick.
     */
    /** Past the time budget: the message is the whole reason. */
    private static final class TooSlow extends RuntimeException {
        TooSlow(String message) {
            super(message, null, false, false);
        }
    }
}
