package org.candela.ui;

import com.jogamp.opengl.GLContext;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLProfile;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.candela.chart.draw.DrawList;
import org.candela.chart.session.ChartSession;
import org.candela.chart.view.ChartInteraction;
import org.candela.chart.view.ChartView;
import org.candela.render.gl.ChartRenderer;
import org.candela.render.gl.FrameStats;
import org.candela.render.gl.GlyphAtlas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.opengl.GLCanvas;
import org.eclipse.swt.opengl.GLData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * SWT's {@link GLCanvas} with an external JOGL context, drawing one {@link ChartSession}. Frames are drawn
 * on demand: {@link #requestFrame()} may be called from any thread and coalesces into at most one frame
 * per refresh interval; nothing is drawn while idle. All GL work happens here, on the UI thread.
 */
final class ChartCanvas {

    private static final Logger LOG = Logger.getLogger(ChartCanvas.class.getName());
    private static final long MIN_FRAME_NANOS = 16_000_000L;

    private final Display display;
    private final GLCanvas canvas;
    private final GlyphAtlas atlas;
    private final DrawList drawList = new DrawList();
    private final AtomicBoolean framePending = new AtomicBoolean();
    private final Runnable frame = this::frame;
    private GLContext context;
    private ChartRenderer renderer;
    private ChartSession session;
    private ChartView view;
    private ChartInteraction interaction;
    private long lastFrame;
    private long frames;
    private boolean loggedFirstChart;
    private volatile boolean fullFrame = true;
    private Runnable afterFrame = () -> { };

    ChartCanvas(Composite parent, GlyphAtlas atlas) {
        this.display = parent.getDisplay();
        this.atlas = atlas;
        GLData data = new GLData();
        data.doubleBuffer = true;
        data.redSize = data.greenSize = data.blueSize = 8;
        canvas = new GLCanvas(parent, SWT.NO_BACKGROUND, data);
        canvas.setCurrent();
        context = GLDrawableFactory.getFactory(GLProfile.getDefault()).createExternalGLContext();
        context.makeCurrent();
        try {
            renderer = new ChartRenderer(context.getGL().getGL3(), atlas);
        } finally {
            context.release();
        }
        canvas.addListener(SWT.Paint, e -> frame());
        canvas.addListener(SWT.Resize, e -> requestFrame());
        canvas.addListener(SWT.Dispose, e -> dispose());
        new ChartInput(this);
    }

    GLCanvas control() {
        return canvas;
    }

    ChartSession session() {
        return session;
    }

    ChartView view() {
        return view;
    }

    /** What input does to the open chart's drawings, or null when none is open. */
    org.candela.chart.view.DrawingEditor editor() {
        return editor;
    }

    private org.candela.chart.view.DrawingEditor editor;

    /** Called after the user changed the drawings of the chart shown here (the window saves and syncs them). */
    void onDrawingsChanged(Runnable r) {
        drawingsChanged = r;
    }

    private Runnable drawingsChanged = () -> { };

    /** What input does to the open chart, or null when none is open. */
    ChartInteraction interaction() {
        return interaction;
    }

    GlyphAtlas atlas() {
        return atlas;
    }

    FrameStats stats() {
        return renderer.stats();
    }

    long frames() {
        return frames;
    }

    /** Called on the UI thread after every frame (the status bar listens). */
    void onFrame(Runnable r) {
        afterFrame = r;
    }

    /** Called with the series whose legend line was double-clicked (the window opens its settings). */
    void onLegendDoubleClick(java.util.function.Consumer<org.candela.chart.model.Series> c) {
        legendDoubleClick = c;
    }

    java.util.function.Consumer<org.candela.chart.model.Series> legendDoubleClick() {
        return legendDoubleClick;
    }

    private java.util.function.Consumer<org.candela.chart.model.Series> legendDoubleClick = s -> { };

    /** Called with the drawing that was double-clicked (the window opens its properties). */
    void onDrawingDoubleClick(java.util.function.Consumer<org.candela.chart.drawing.ChartDrawings.Drawing> c) {
        drawingDoubleClick = c;
    }

    java.util.function.Consumer<org.candela.chart.drawing.ChartDrawings.Drawing> drawingDoubleClick() {
        return drawingDoubleClick;
    }

    private java.util.function.Consumer<org.candela.chart.drawing.ChartDrawings.Drawing> drawingDoubleClick = d -> { };

    /** The alerts' lines, which a drag on this chart moves. */
    AlertLines alertLines;

    /** Lets go of the session without closing it (it moves to another canvas); returns it. */
    ChartSession detach() {
        ChartSession s = session;
        session = null;
        view = null;
        interaction = null;
        editor = null;
        return s;
    }

    /** The link group of this tile (1–4), or 0: linked tiles show the same symbol. UI thread. */
    int linkGroup;

    /** True while a history load for this canvas runs. UI thread. */
    boolean loading;
    /** What that load opens ({@code replay:BTC/USD@1m}): an alert of it waits for the chart instead of a feed of its own. */
    String loadingKey = "";
    /** Counts the loads asked of this canvas; a load finishing after a newer one was asked shows nothing. UI thread. */
    int loads;
    /** True while older history for this canvas loads; not before this time again after a failure. UI thread. */
    boolean loadingOlder;
    long olderRetryAt;

    /** Shows {@code s} (null for none); the previous session is closed. */
    void setSession(ChartSession s) {
        if (session != null && session != s) session.close();
        session = s;
        if (s != null) s.setFrameRequest(this::requestFrame); // indicator values come from their own threads
        view = s == null ? null : new ChartView(s.model(), atlas);
        interaction = s == null ? null : new ChartInteraction(s.model(), view);
        editor = s == null ? null : new org.candela.chart.view.DrawingEditor(s.model(), view);
        if (editor != null) editor.setListener(() -> drawingsChanged.run());
        requestFrame();
    }

    /** The colour drawn when no chart is open (the theme's background). */
    void setBackground(int argb) {
        background = argb;
    }

    private int background = 0xFF131722;

    /** Asks for a frame; callable from any thread, coalesced. */
    void requestFrame() {
        fullFrame = true;
        schedule();
    }

    /** Asks for a frame in which only the crosshair moved (series layers are kept). UI thread. */
    void requestCursorFrame() {
        schedule();
    }

    private void schedule() {
        if (framePending.compareAndSet(false, true) && !display.isDisposed()) {
            try {
                display.asyncExec(frame);
            } catch (org.eclipse.swt.SWTException e) {
                // display is being disposed: nothing more to draw
            }
        }
    }

    private void frame() {
        if (canvas.isDisposed()) return;
        long now = System.nanoTime();
        long wait = MIN_FRAME_NANOS - (now - lastFrame);
        if (wait > 1_000_000L) {
            display.timerExec((int) (wait / 1_000_000L), frame);
            return;
        }
        framePending.set(false);
        lastFrame = now;
        Rectangle r = canvas.getClientArea();
        if (r.width <= 0 || r.height <= 0) return;
        if (session != null) {
            boolean full = session.drain() | fullFrame | r.width != drawList.width() || r.height != drawList.height();
            fullFrame = false;
            if (full) view.build(r.width, r.height, drawList);
            else view.buildCursor(drawList);
        } else {
            drawList.begin(r.width, r.height, background);
            drawList.nextLayer().texts.add("No chart: waiting for a connector", r.width / 2f, r.height / 2f,
                    org.candela.chart.draw.TextBuffer.CENTER, 0xFFB2B5BE);
        }
        try {
            canvas.setCurrent();
            context.makeCurrent();
            renderer.draw(drawList);
            canvas.swapBuffers();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "frame failed", e);
        } finally {
            context.release();
        }
        if (frames++ == 0 || session != null && !loggedFirstChart) logFirstFrame();
        afterFrame.run();
    }

    /** Start-up time as users feel it: JVM start to the first frame, and to the first frame with a chart. */
    private void logFirstFrame() {
        long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        if (session != null) loggedFirstChart = true;
        LOG.info((session == null ? "first frame" : "first chart frame") + " " + ms + " ms after JVM start");
    }

    private void dispose() {
        if (session != null) session.close();
        session = null;
        if (context != null) {
            canvas.setCurrent();
            context.makeCurrent();
            renderer.close();
            context.release();
            context.destroy();
            context = null;
        }
    }
}
