package org.candela.app.command;

import java.nio.file.Path;
import org.candela.app.Launch;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.model.Theme;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.DefaultLayout;
import org.candela.chart.session.IndicatorSpec;
import org.candela.chart.view.ChartView;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.render.gl.GlyphAtlas;
import org.candela.render.gl.OffscreenCanvas;
import org.osgi.framework.BundleContext;

/**
 * {@code --snapshot FILE [--indicators LIST]}: the default chart (or one with these indicators), drawn
 * offscreen by the window's renderer, written as PNG.
 */
final class Snapshot {

    static final int HISTORY_BARS = 10_000;

    private Snapshot() {
    }

    static String run(BundleContext ctx, Launch launch) throws Exception {
        if (!launch.workspaceFile().isEmpty()) return WorkspaceSnapshot.run(ctx, launch);
        if (Launch.given(ctx, "candela.layout")) { // --layout 2x2 --symbols A,B,C,D: tiles composed here
            return WorkspaceSnapshot.draw(ctx, launch, SaveWorkspace.compose(ctx, launch), "--layout " + launch.layout());
        }
        MarketDataConnector connector = Services.connector(ctx, launch.connector(), 10_000);
        BarStore history = launch.bars() > 0 ? SyntheticBars.generate(launch.bars())
                : ChartSession.fetchHistory(connector, launch.symbol(), launch.timeframe(), HISTORY_BARS,
                        System.currentTimeMillis());
        ChartSession session = new ChartSession(connector, launch.symbol(), launch.timeframe(), Theme.DARK);
        if (launch.bars() > 0) session.model().setTitle("SYNTHETIC · 1m · " + String.format("%,d", launch.bars()) + " bars");
        session.setHistory(history);
        if (launch.indicators().isEmpty()) DefaultLayout.apply(session, Services.indicators(ctx));
        else for (IndicatorSpec spec : IndicatorSpec.parseList(launch.indicators(), Services.indicators(ctx))) session.addIndicator(spec);
        session.awaitIndicators();
        Drawings.add(session, launch.draws(), Services.all(ctx, org.candela.drawing.api.DrawingTool.class));
        session.awaitDrawings();
        session.model().setChartType(launch.chartType());
        session.model().pricePane().scale().setMode(launch.priceScale());
        if (!OffscreenCanvas.available()) {
            throw new IllegalStateException("no X display with OpenGL 3.3: set DISPLAY or run under xvfb-run");
        }
        GlyphAtlas atlas = new GlyphAtlas(12);
        ChartView view = new ChartView(session.model(), atlas);
        DrawList list = new DrawList();
        view.build(launch.width(), launch.height(), list);
        if (launch.fit()) {
            session.model().timeScale().fitContent(history.size());
            view.build(launch.width(), launch.height(), list);
        }
        Path file = Path.of(launch.snapshotFile()).toAbsolutePath();
        try (OffscreenCanvas canvas = new OffscreenCanvas(launch.width(), launch.height(), atlas)) {
            canvas.render(list);
            canvas.writePng(file);
        }
        session.close();
        return "wrote " + file + " (" + launch.width() + "x" + launch.height() + ", " + history.size() + " bars, "
                + session.model().title() + ")";
    }
}
