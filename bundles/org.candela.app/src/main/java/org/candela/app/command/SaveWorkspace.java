package org.candela.app.command;

import java.util.ArrayList;
import java.util.List;
import org.candela.app.Launch;
import org.candela.chart.session.IndicatorSpec;
import org.candela.chart.workspace.ChartState;
import org.candela.chart.workspace.Workspace;
import org.candela.chart.workspace.WorkspaceFile;
import org.candela.indicator.api.Indicator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code --save-workspace FILE [--connector ID] [--symbol S] [--timeframe TF] [--chart-type T] [--price-scale M]
 * [--indicators LIST]}: writes the workspace those options compose, for {@code --workspace FILE} to open. The
 * indicators are checked against the installed plugins (a typo is an error, not a placeholder).
 */
final class SaveWorkspace {

    private SaveWorkspace() {
    }

    static String run(BundleContext ctx, Launch launch) throws Exception {
        Workspace w = compose(ctx, launch);
        WorkspaceFile.save(launch.workspace(), w);
        ChartState first = w.shownCharts().get(0);
        List<String> symbols = w.shownCharts().stream().map(ChartState::symbol).toList();
        return "wrote " + launch.workspace() + " (" + String.join(", ", symbols) + " " + launch.timeframe().label() + " on "
                + launch.connector() + ", " + first.indicators().size() + " indicators" + (symbols.size() == 1 ? "" : " each, layout "
                + launch.layout()) + ")";
    }

    /** The workspace the command line composes: a tile per symbol ({@code --symbols}, else {@code --symbol}) in the layout. */
    static Workspace compose(BundleContext ctx, Launch launch) throws Exception {
        Services.connector(ctx, launch.connector(), 10_000);
        List<Indicator> installed = Services.indicators(ctx);
        List<ChartState.IndicatorState> indicators = new ArrayList<>();
        if (!launch.indicators().isEmpty()) {
            for (IndicatorSpec spec : IndicatorSpec.parseList(launch.indicators(), installed)) indicators.add(provenance(spec));
        }
        List<String> symbols = launch.symbols().isEmpty() ? List.of(launch.symbol()) : launch.symbols();
        List<Workspace.Tile> charts = new ArrayList<>();
        for (String symbol : symbols) {
            charts.add(Workspace.Tile.of(new ChartState(launch.connector(), symbol, launch.timeframe().label(), launch.chartType().id(),
                    launch.priceScale().name().toLowerCase(java.util.Locale.ROOT), 8, 5, List.of(), indicators, 0)));
        }
        return Workspace.of(Workspace.Bounds.DEFAULT, "dark", launch.layout(), List.of(), true, false, charts, List.of(), java.util.Map.of(), List.of());
    }

    /** The spec as text, with the bundle and version that provide it. */
    static ChartState.IndicatorState provenance(IndicatorSpec spec) {
        var b = FrameworkUtil.getBundle(spec.indicator().getClass());
        return new ChartState.IndicatorState(spec.name(), b == null ? "" : b.getSymbolicName(), b == null ? "" : b.getVersion().toString());
    }
}
