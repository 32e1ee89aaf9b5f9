package org.candela.chart.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.candela.chart.data.BarStore;
import org.candela.chart.drawing.ChartDrawings;
import org.candela.chart.drawing.DrawingSpec;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.SeriesContext;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.DrawingTool;

/**
 * What the mouse and keyboard do to a chart's drawings, in frame pixels and free of any UI toolkit: place a
 * drawing by a click per anchor (the last anchor follows the mouse until its click), select by a click on a
 * drawing (Shift adds to the selection), drag an anchor's handle or the whole drawing, Delete, clone, lock,
 * and undo / redo of every change. Anchors go to bar times; with the magnet on, prices go to the nearest
 * open, high, low or close of the bar. UI thread.
 */
public final class DrawingEditor {

    /** Told after every change a user made (the window saves the workspace and the other charts of the symbol follow). */
    public interface Listener {
        void changed();
    }

    /** How near (pixels) a press must be to a selected drawing's handle to drag that anchor. */
    static final float HANDLE_PIXELS = 7;

    private final ChartModel model;
    private final ChartView view;
    private Listener listener = () -> { };
    private DrawingTool placing;
    private final List<Anchor> placed = new ArrayList<>();
    private ChartDrawings.Drawing preview;
    private ChartDrawings.Drawing dragging;
    private int dragAnchor;
    private DrawingSpec dragStart;
    private double downX, downY;
    private boolean moved;
    /** Prices snap to the bar's open, high, low or close. */
    public boolean magnet;
    private final Deque<Edit> undo = new ArrayDeque<>(), redo = new ArrayDeque<>();

    private enum Kind { ADD, REMOVE, CHANGE }

    /** One change, as undo reverses it. */
    private record Edit(Kind kind, ChartDrawings.Drawing drawing, DrawingSpec before, DrawingSpec after, int index) {
    }

    public DrawingEditor(ChartModel model, ChartView view) {
        this.model = model;
        this.view = view;
    }

    public void setListener(Listener l) {
        listener = l;
    }

    private ChartDrawings drawings() {
        return model.drawings();
    }

    /** Starts placing a drawing of {@code tool}: the next clicks are its anchors. */
    public void place(DrawingTool tool) {
        cancel();
        placing = tool;
    }

    /** The tool being placed, or null. */
    public DrawingTool placing() {
        return placing;
    }

    /** Esc: stops placing (the unfinished drawing goes) or clears the selection. */
    public void cancel() {
        if (preview != null) drawings().remove(preview);
        preview = null;
        placing = null;
        placed.clear();
        dragging = null;
    }

    /**
     * A press at frame (x, y). Returns true when the drawings took it (a click placing an anchor, or a press on
     * a drawing or one of its handles); false lets the chart pan.
     */
    public boolean pointerDown(double x, double y, boolean shift) {
        SeriesContext ctx = view.priceContext();
        if (drawings() == null || ctx == null || model.bars().isEmpty() || !inPricePane(x, y)) return false;
        if (placing != null) {
            click(anchorAt(x, y, placing.descriptor()));
            return true;
        }
        downX = x;
        downY = y;
        moved = false;
        for (ChartDrawings.Drawing d : selected()) { // a handle of a selected drawing: drag that anchor
            var anchors = d.spec().anchors();
            for (int k = 0; k < anchors.size(); k++) {
                float hx = DrawingView.handleX(model, ctx, view.layout().plotWidth(), anchors.get(k)) + view.layout().plotLeft();
                float hy = DrawingView.handleY(ctx, anchors.get(k));
                if (Math.hypot(hx - x, hy - y) <= HANDLE_PIXELS && !d.locked) {
                    startDrag(d, k);
                    return true;
                }
            }
        }
        ChartDrawings.Drawing hit = view.drawingAt((float) (x - view.layout().plotLeft()), (float) y);
        if (hit == null) {
            if (!shift) select(List.of());
            return false;
        }
        if (shift) {
            hit.selected = !hit.selected;
        } else if (!hit.selected) {
            select(List.of(hit));
        }
        if (!hit.locked) startDrag(hit, -1);
        return true;
    }

    private void startDrag(ChartDrawings.Drawing d, int anchor) {
        dragging = d;
        dragAnchor = anchor;
        dragStart = d.spec();
    }

    /** The pointer moved (pressed or not). True when a drawing changed and the chart needs a frame. */
    public boolean pointerMove(double x, double y, boolean pressed) {
        if (preview != null && !placed.isEmpty()) { // the next anchor follows the mouse
            List<Anchor> anchors = new ArrayList<>(placed);
            Anchor at = anchorAt(x, y, preview.spec().properties().descriptor());
            while (anchors.size() < preview.spec().anchors().size()) anchors.add(at);
            update(preview, preview.spec().withAnchors(anchors));
            return true;
        }
        if (dragging == null || !pressed) return false;
        if (!moved && Math.hypot(x - downX, y - downY) < 3) return false;
        moved = true;
        List<Anchor> from = dragStart.anchors(), next = new ArrayList<>(from);
        if (dragAnchor >= 0) {
            Anchor a = from.get(dragAnchor);
            next.set(dragAnchor, anchorAt(x, y, a.time() == 0, a.price() == 0));
        } else { // the whole drawing, by the time and price the pointer moved
            Anchor a = anchorAt(downX, downY, false, false), b = anchorAt(x, y, false, false);
            long dt = b.time() - a.time();
            double dp = b.price() - a.price();
            for (int k = 0; k < from.size(); k++) {
                Anchor o = from.get(k);
                next.set(k, new Anchor(o.time() == 0 ? 0 : o.time() + dt, o.price() == 0 ? 0 : o.price() + dp));
            }
        }
        update(dragging, dragStart.withAnchors(next));
        return true;
    }

    /** The press ended; true when it was the drawings' (a drag to record, or a click that selected). */
    public boolean pointerUp(double x, double y) {
        if (dragging == null) return false;
        ChartDrawings.Drawing d = dragging;
        dragging = null;
        if (moved && !d.spec().equals(dragStart)) record(new Edit(Kind.CHANGE, d, dragStart, d.spec(), -1));
        return true;
    }

    /** A click placing the next anchor of the drawing being placed. */
    private void click(Anchor a) {
        placed.add(a);
        int need = placing.descriptor().anchors();
        List<Anchor> anchors = new ArrayList<>(placed);
        while (anchors.size() < need) anchors.add(a);
        DrawingSpec spec = DrawingSpec.of(placing.descriptor(), anchors.toArray(Anchor[]::new));
        if (preview == null) preview = drawings().add(spec, placing, model.bars(), model.barMillis());
        else update(preview, spec);
        if (placed.size() < need) return;
        ChartDrawings.Drawing done = preview;
        preview = null;
        placing = null;
        placed.clear();
        select(List.of(done));
        record(new Edit(Kind.ADD, done, null, done.spec(), drawings().indexOf(done)));
    }

    /** Adds a drawing made elsewhere (the Gogo shell, a script) as one undoable change. */
    public ChartDrawings.Drawing add(DrawingSpec spec, DrawingTool tool) {
        ChartDrawings.Drawing d = drawings().add(spec, tool, model.bars(), model.barMillis());
        record(new Edit(Kind.ADD, d, null, spec, drawings().indexOf(d)));
        return d;
    }

    /** Delete: the selected drawings go (one undo brings each back). */
    public boolean deleteSelected() {
        List<ChartDrawings.Drawing> gone = selected();
        for (ChartDrawings.Drawing d : gone) {
            int index = drawings().indexOf(d);
            drawings().remove(d);
            d.selected = false;
            record(new Edit(Kind.REMOVE, d, d.spec(), null, index));
        }
        return !gone.isEmpty();
    }

    /** Clone: a copy of each selected drawing on top of it, selected instead. */
    public List<ChartDrawings.Drawing> cloneSelected(java.util.function.Function<String, DrawingTool> tools) {
        List<ChartDrawings.Drawing> copies = new ArrayList<>();
        for (ChartDrawings.Drawing d : selected()) {
            DrawingTool tool = tools.apply(d.spec().tool());
            if (tool == null) continue;
            ChartDrawings.Drawing copy = drawings().add(d.spec(), tool, model.bars(), model.barMillis());
            copies.add(copy);
            record(new Edit(Kind.ADD, copy, null, copy.spec(), drawings().indexOf(copy)));
        }
        if (!copies.isEmpty()) select(copies);
        return copies;
    }

    /** Lock or unlock the selected drawings against drags. */
    public void lockSelected(boolean lock) {
        for (ChartDrawings.Drawing d : selected()) d.locked = lock;
        listener.changed();
    }

    /** Changes a drawing's properties (the properties dialog), as one undoable edit. */
    public void edit(ChartDrawings.Drawing d, DrawingSpec next) {
        DrawingSpec before = d.spec();
        if (before.equals(next)) return;
        update(d, next);
        record(new Edit(Kind.CHANGE, d, before, next, -1));
    }

    /** Ctrl+Z: the last change reversed; false when there is none. */
    public boolean undo() {
        Edit e = undo.poll();
        if (e == null) return false;
        apply(e, true);
        redo.push(e);
        listener.changed();
        return true;
    }

    /** Ctrl+Y: the last undone change again; false when there is none. */
    public boolean redo() {
        Edit e = redo.poll();
        if (e == null) return false;
        apply(e, false);
        undo.push(e);
        listener.changed();
        return true;
    }

    private void apply(Edit e, boolean reverse) {
        BarStore bars = model.bars();
        switch (e.kind) {
            case ADD, REMOVE -> {
                boolean add = (e.kind == Kind.ADD) != reverse;
                if (add) drawings().insert(e.index, e.drawing, bars, model.barMillis());
                else {
                    drawings().remove(e.drawing);
                    e.drawing.selected = false;
                }
            }
            case CHANGE -> drawings().update(e.drawing, reverse ? e.before : e.after, bars, model.barMillis());
        }
    }

    private void record(Edit e) {
        undo.push(e);
        redo.clear();
        listener.changed();
    }

    private void update(ChartDrawings.Drawing d, DrawingSpec spec) {
        drawings().update(d, spec, model.bars(), model.barMillis());
    }

    /** Frame pixels of the anchors of {@code d} as its handles show them: {x0, y0, x1, y1, …}; empty before a frame. */
    public float[] handles(ChartDrawings.Drawing d) {
        SeriesContext ctx = view.priceContext();
        if (ctx == null) return new float[0];
        var anchors = d.spec().anchors();
        float[] out = new float[2 * anchors.size()];
        for (int k = 0; k < anchors.size(); k++) {
            out[2 * k] = DrawingView.handleX(model, ctx, view.layout().plotWidth(), anchors.get(k)) + view.layout().plotLeft();
            out[2 * k + 1] = DrawingView.handleY(ctx, anchors.get(k));
        }
        return out;
    }

    /** The selected drawings, bottom first. */
    public List<ChartDrawings.Drawing> selected() {
        List<ChartDrawings.Drawing> out = new ArrayList<>();
        if (drawings() != null) for (ChartDrawings.Drawing d : drawings().all()) if (d.selected) out.add(d);
        return out;
    }

    /** Selects exactly {@code these}. */
    public void select(List<ChartDrawings.Drawing> these) {
        if (drawings() == null) return;
        for (ChartDrawings.Drawing d : drawings().all()) d.selected = these.contains(d);
    }

    /** The drawings were replaced from elsewhere (another chart of the symbol changed them): undo starts afresh. */
    public void forgetHistory() {
        cancel();
        undo.clear();
        redo.clear();
    }

    private boolean inPricePane(double x, double y) {
        Layout l = view.layout();
        return x >= l.plotLeft() && x < l.plotRight() && y >= l.paneTop(0) && y < l.paneTop(0) + l.paneHeight(0);
    }

    /** The anchor at frame (x, y) as {@code tool}'s anchors hold it. */
    Anchor anchorAt(double x, double y, org.candela.drawing.api.ToolDescriptor tool) {
        return anchorAt(x, y, tool.anchorKind() == org.candela.drawing.api.ToolDescriptor.AnchorKind.PRICE,
                tool.anchorKind() == org.candela.drawing.api.ToolDescriptor.AnchorKind.TIME);
    }

    /**
     * The anchor at frame (x, y): the time of the bar under x (whole bars beyond the last), the price at y or,
     * with the magnet, the bar's nearest open, high, low or close. {@code priceOnly}/{@code timeOnly} keep the
     * other coordinate 0, as levels and moments have it.
     */
    Anchor anchorAt(double x, double y, boolean priceOnly, boolean timeOnly) {
        BarStore bars = model.bars();
        Layout l = view.layout();
        long index = Math.round(model.timeScale().xToIndex(x - l.plotLeft()));
        int n = bars.size();
        long time = index < 0 ? bars.time(0) + index * model.barMillis()
                : index >= n ? bars.time(n - 1) + (index - n + 1) * model.barMillis() : bars.time((int) index);
        double scale = Math.pow(10, Math.min(8, model.pricePane().decimals())); // at the chart's tick: 21327.02, not 21327.0234567
        double price = Math.round(model.pricePane().scale().yToPrice(y - l.paneTop(0)) * scale) / scale;
        if (magnet && index >= 0 && index < n) {
            int i = (int) index;
            double best = bars.open(i);
            for (double v : new double[] {bars.high(i), bars.low(i), bars.close(i)}) if (Math.abs(v - price) < Math.abs(best - price)) best = v;
            price = best;
        }
        return new Anchor(priceOnly ? 0 : time, timeOnly ? 0 : price);
    }
}
