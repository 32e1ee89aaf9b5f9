package org.candela.chart.drawing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.candela.chart.data.BarStore;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawing.api.ToolDescriptor;

/**
 * The drawings of one chart: their specs in order, the shapes their tools made, and the thread the tools run
 * on. The UI thread adds, changes and removes drawings and takes the shapes at its next frame ({@link #poll});
 * tool code runs on the chart's drawing lane ({@code candela-drawings}), never on the UI thread. A tool that
 * throws, returns NaN or takes longer than {@link #BUDGET_MILLIS} fails its drawing (which keeps its spec
 * and says why), not the chart. Shapes are in chart coordinates, so zooming and panning recompute nothing;
 * edits, a reset of the bars and a new bar do.
 */
public final class ChartDrawings {

    private static final Logger LOG = Logger.getLogger(ChartDrawings.class.getName());
    /** The wall time one drawing's tool may take before the drawing fails and the lane is replaced. */
    public static final long BUDGET_MILLIS = 1_000;

    /** One drawing on the chart. UI thread, but for what the lane publishes. */
    public static final class Drawing {
        private final long id;
        private DrawingSpec spec;
        private DrawingTool tool;
        private Shapes shapes = new Shapes();
        private String error;
        private int version;
        /** Not drawn (View ▸ Hide Drawings, or the drawing's own switch). */
        public boolean hidden;
        /** Not moved by a drag. */
        public boolean locked;
        /** Selected: drawn with handles on its anchors (UI thread). */
        public boolean selected;

        Drawing(long id, DrawingSpec spec, DrawingTool tool) {
            this.id = id;
            this.tool = tool;
            spec(spec);
        }

        private void spec(DrawingSpec spec) {
            this.spec = spec;
            level = spec.properties().descriptor().anchorKind() == ToolDescriptor.AnchorKind.PRICE;
        }

        private boolean level;

        /** Whether its anchors are prices alone (a horizontal line or ray): a level, whose price the axis shows. */
        public boolean level() {
            return level;
        }

        public long id() {
            return id;
        }

        public DrawingSpec spec() {
            return spec;
        }

        /** The shapes as last computed (empty until the first, and after a failure). */
        public Shapes shapes() {
            return shapes;
        }

        /** Why the tool could not draw it, or null. */
        public String error() {
            return error;
        }
    }

    private final List<Drawing> drawings = new ArrayList<>();
    private final String name;
    private final Runnable onResult;
    private long nextId = 1;
    private int priceDecimals = 2;

    /** The decimals the chart shows prices with, for the tools' labels (from the next computation on). */
    public void setPriceDecimals(int d) {
        priceDecimals = d;
    }
    private int generation;
    private Lane lane;

    /** @param name the chart's, for the lane's thread; @param onResult called (from the lane) when shapes are ready */
    public ChartDrawings(String name, Runnable onResult) {
        this.name = name;
        this.onResult = onResult;
    }

    /** The drawings, bottom first. */
    public List<Drawing> all() {
        return List.copyOf(drawings);
    }

    public int size() {
        return drawings.size();
    }

    /** Adds a drawing of {@code tool} (null: not installed, kept as its spec) on top; its shapes come at a later poll. */
    public Drawing add(DrawingSpec spec, DrawingTool tool, BarStore chart, long barMillis) {
        Drawing d = new Drawing(nextId++, spec, tool);
        drawings.add(d);
        compute(d, chart, barMillis);
        return d;
    }

    /** Changes a drawing (dragged, edited): its shapes are computed again. */
    public void update(Drawing d, DrawingSpec spec, BarStore chart, long barMillis) {
        d.spec(spec);
        compute(d, chart, barMillis);
    }

    public boolean remove(Drawing d) {
        d.version++; // a result on its way is dropped
        return drawings.remove(d);
    }

    /** Where {@code d} is, bottom first; -1 when it is not on the chart. */
    public int indexOf(Drawing d) {
        return drawings.indexOf(d);
    }

    /** Puts a drawing that was removed back at {@code index} (undo), computing its shapes again. */
    public void insert(int index, Drawing d, BarStore chart, long barMillis) {
        drawings.add(Math.max(0, Math.min(index, drawings.size())), d);
        compute(d, chart, barMillis);
    }

    /** Removes every drawing. */
    public void clear() {
        for (Drawing d : drawings) d.version++;
        drawings.clear();
    }

    /** View ▸ Hide Drawings: none is drawn (nor hit) while set; they stay, and are saved. */
    public boolean hideAll;

    /** The chart's bars were replaced or gained a bar: every drawing's tool may read them, so all are computed again. */
    public void barsChanged(BarStore chart, long barMillis) {
        generation++;
        for (Drawing d : drawings) compute(d, chart, barMillis);
    }

    private void compute(Drawing d, BarStore chart, long barMillis) {
        int version = ++d.version;
        if (d.tool == null) {
            d.shapes = new Shapes();
            d.error = "the tool '" + d.spec.tool() + "' is not installed";
            return;
        }
        BarsData snapshot = new BarsData(); // the chart's arrays as they are now, and a copy of the forming bar
        snapshot.of(chart, barMillis, priceDecimals);
        lane().post(new Job(d, version, generation, d.spec, d.tool, snapshot));
    }

    /** Takes the shapes computed since the last call (UI thread, at a frame); true when any drawing changed. */
    public boolean poll() {
        if (lane == null) return false;
        List<Result> results = lane.take();
        boolean changed = false;
        for (Result r : results) {
            if (r.job.drawing.version != r.job.version || r.job.generation != generation || !drawings.contains(r.job.drawing)) continue;
            r.job.drawing.shapes = r.shapes == null ? new Shapes() : r.shapes;
            r.job.drawing.error = r.error;
            changed = true;
        }
        Job stuck = lane.stuck(BUDGET_MILLIS);
        if (stuck != null) { // the tool never returned: its drawing fails, a new lane takes the rest
            LOG.warning(stuck.tool.getClass().getName() + " took longer than " + BUDGET_MILLIS + " ms on " + stuck.spec.text());
            stuck.drawing.version++;
            stuck.drawing.shapes = new Shapes();
            stuck.drawing.error = "its tool took longer than " + BUDGET_MILLIS + " ms";
            List<Job> rest = lane.abandon();
            lane = null;
            for (Job j : rest) lane().post(j);
            changed = true;
        }
        return changed;
    }

    /** Waits until every drawing posted so far is computed (or failed), taking the shapes: for one-shot commands. */
    public void await() throws InterruptedException {
        long deadline = System.nanoTime() + (drawings.size() + 1) * BUDGET_MILLIS * 1_000_000L;
        while (lane != null && !lane.idle() && System.nanoTime() < deadline) {
            poll();
            synchronized (this) {
                wait(5);
            }
        }
        poll();
    }

    /** Stops the lane (the chart closed). */
    public void close() {
        if (lane != null) lane.abandon();
        lane = null;
    }

    private Lane lane() {
        if (lane == null) lane = new Lane("candela-drawings " + name, onResult);
        return lane;
    }

    private record Job(Drawing drawing, int version, int generation, DrawingSpec spec, DrawingTool tool, BarsData bars) {
    }

    private record Result(Job job, Shapes shapes, String error) {
    }

    /** The thread tools run on: a queue of jobs in, results out, and what it is busy with for the watchdog. */
    private static final class Lane implements Runnable {
        private final ArrayDeque<Job> jobs = new ArrayDeque<>();
        private final List<Result> results = new ArrayList<>();
        private final Runnable onResult;
        private final Thread thread;
        private Job busy;
        private long busySince;
        private boolean stopped;

        Lane(String name, Runnable onResult) {
            this.onResult = onResult;
            thread = new Thread(this, name);
            thread.setDaemon(true);
            thread.start();
        }

        synchronized void post(Job j) {
            jobs.add(j);
            notifyAll();
        }

        synchronized List<Result> take() {
            if (results.isEmpty()) return List.of();
            List<Result> out = new ArrayList<>(results);
            results.clear();
            return out;
        }

        synchronized boolean idle() {
            return jobs.isEmpty() && busy == null && results.isEmpty();
        }

        synchronized Job stuck(long budgetMillis) {
            return busy != null && System.nanoTime() - busySince > budgetMillis * 1_000_000L ? busy : null;
        }

        /** Stops the lane; returns the jobs it had not started. */
        synchronized List<Job> abandon() {
            stopped = true;
            thread.interrupt();
            List<Job> rest = new ArrayList<>(jobs);
            jobs.clear();
            notifyAll();
            return rest;
        }

        @Override
        public void run() {
            while (true) {
                Job j;
                synchronized (this) {
                    while (jobs.isEmpty() && !stopped) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (stopped) return;
                    j = jobs.poll();
                    busy = j;
                    busySince = System.nanoTime();
                }
                Shapes shapes = new Shapes();
                String error = null;
                try {
                    j.tool.shapes(j.spec.anchors(), j.spec.properties(), j.bars, shapes);
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    error = j.spec.tool() + " failed: " + e;
                    shapes = null;
                }
                synchronized (this) {
                    busy = null;
                    if (stopped) return;
                    results.add(new Result(j, shapes, error));
                }
                onResult.run();
            }
        }
    }
}
