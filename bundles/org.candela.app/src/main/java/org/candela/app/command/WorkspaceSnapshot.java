package org.candela.app.command;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.candela.app.Launch;
import org.candela.chart.draw.DrawList;
import org.candela.chart.model.Theme;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.DefaultLayout;
import org.candela.chart.session.IndicatorSpec;
import org.candela.chart.view.ChartView;
import org.candela.chart.workspace.ChartState;
import org.candela.chart.workspace.TileGeometry;
import org.candela.chart.workspace.Workspace;
import org.candela.chart.workspace.WorkspaceFile;
import org.candela.indicator.api.Indicator;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Timeframe;
import org.candela.render.gl.GlyphAtlas;
import org.candela.render.gl.OffscreenCanvas;
import org.osgi.framework.BundleContext;

/**
 * {@code --workspace FILE --snapshot OUT.png [--size WxH]}: every tile of a workspace, each chart restored as
 * the window restores it (indicators, view, theme), drawn offscreen by the window's renderer into one
 * picture laid out as the window lays the tiles out, sashes where they were dragged ({@link TileGeometry}).
 * A tile of several tabs draws the one shown.
 */
final class WorkspaceSnapshot {

    private WorkspaceSnapshot() {
    }

    static String run(BundleContext ctx, Launch launch) throws Exception {
        Path file = launch.workspace();
        Workspace w;
        try {
            w = WorkspaceFile.read(file);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(file + " " + e.getMessage());
        }
        return draw(ctx, launch, w, "workspace " + file.getFileName());
    }

    /** Draws {@code w} into the snapshot file; {@code what} names it in the line printed. */
    static String draw(BundleContext ctx, Launch launch, Workspace w, String what) throws Exception {
        if (!OffscreenCanvas.available()) throw new IllegalStateException("no X display with OpenGL 3.3: set DISPLAY or run under xvfb-run");
        int width = launch.width(), height = launch.height();
        int[][] tiles = TileGeometry.rects(w.layout(), width, height, w.tileWeights());
        Theme theme = Theme.named(w.theme());
        ByteBuffer picture = ByteBuffer.allocateDirect(width * height * 4);
        int gap = theme.border();
        for (int i = 0; i < width * height; i++) {
            picture.put((byte) (gap >> 16)).put((byte) (gap >> 8)).put((byte) gap).put((byte) 0xFF);
        }
        List<Indicator> installed = Services.indicators(ctx);
        List<org.candela.drawing.api.DrawingTool> tools = Services.all(ctx, org.candela.drawing.api.DrawingTool.class);
        GlyphAtlas atlas = new GlyphAtlas(12);
        List<String> notes = new ArrayList<>();
        int drawn = 0;
        List<ChartState> shown = w.shownCharts();
        for (int t = 0; t < Math.min(tiles.length, shown.size()); t++) {
            ChartState c = shown.get(t);
            int[] r = tiles[t];
            MarketDataConnector connector = Services.connector(ctx, c.connector(), 10_000);
            Timeframe tf = Timeframe.parse(c.timeframe());
            ChartSession s = new ChartSession(connector, c.symbol(), tf, theme);
            try {
                s.setHistory(ChartSession.fetchHistory(connector, c.symbol(), tf, Snapshot.HISTORY_BARS, System.currentTimeMillis()));
                if (c.isPlain()) DefaultLayout.apply(s, installed);
                for (ChartState.IndicatorState i : c.indicators()) {
                    try {
                        s.addIndicator(IndicatorSpec.parse(i.spec(), installed));
                    } catch (IllegalArgumentException e) {
                        notes.add("tile " + (t + 1) + ": " + i.spec() + " left out (" + e.getMessage() + ")");
                    }
                }
                c.applyView(s);
                for (Workspace.DrawingState d : w.drawings().getOrDefault(Workspace.symbolKey(c.connector(), c.symbol()), List.of())) {
                    if (d.hidden()) continue;
                    try {
                        org.candela.chart.drawing.DrawingSpec spec = org.candela.chart.drawing.DrawingSpec.parse(d.spec(), id -> Drawings.descriptor(tools, id));
                        s.addDrawing(spec, Drawings.tool(tools, spec.tool()));
                    } catch (IllegalArgumentException e) {
                        notes.add("tile " + (t + 1) + ": " + d.spec() + " left out (" + e.getMessage() + ")");
                    }
                }
                s.awaitIndicators();
                s.awaitDrawings();
                DrawList list = new DrawList();
                new ChartView(s.model(), atlas).build(r[2], r[3], list);
                try (OffscreenCanvas canvas = new OffscreenCanvas(r[2], r[3], atlas)) {
                    canvas.render(list);
                    canvas.copyInto(picture, width, height, r[0], r[1]);
                }
                drawn++;
            } finally {
                s.close();
            }
        }
        Path out = Path.of(launch.snapshotFile()).toAbsolutePath();
        OffscreenCanvas.writePng(out, picture, width, height);
        return "wrote " + out + " (" + width + "x" + height + ", " + what + ": " + drawn + " tiles, layout "
                + w.layout() + ")" + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
    }
}
