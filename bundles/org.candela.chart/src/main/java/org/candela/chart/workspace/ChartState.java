package org.candela.chart.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.candela.chart.model.ChartType;
import org.candela.chart.model.Pane;
import org.candela.chart.scale.PriceScaleMode;
import org.candela.chart.scale.TimeScale;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.IndicatorBinding;

/**
 * One chart as saved: what it shows, how, and its indicators (each as the text the command line takes, with
 * the bundle and version that provided it, so a missing plugin can be named).
 *
 * @param connector   the connector's id ({@code replay}, {@code kraken}, …)
 * @param symbol      as the connector lists it ({@code BTC/USD})
 * @param timeframe   its label ({@code 1m}, {@code 4h}, {@code 1M})
 * @param chartType   {@code candles}, {@code line}, …
 * @param priceScale  the price pane's mode: {@code normal}, {@code log}, {@code percent}, {@code indexed}
 * @param barSpacing  pixels per bar
 * @param rightOffset bars of space right of the last bar (negative: scrolled back)
 * @param paneWeights each pane's share of the height, top first
 * @param indicators  in the order they were added
 * @param linkGroup   the link group the chart is in (1–4; 0 for none): linked charts share the symbol
 */
public record ChartState(String connector, String symbol, String timeframe, String chartType, String priceScale,
        double barSpacing, double rightOffset, List<Double> paneWeights, List<IndicatorState> indicators, int linkGroup) {

    public ChartState {
        chartType = chartType == null ? ChartType.CANDLES.id() : chartType;
        priceScale = priceScale == null ? "normal" : priceScale;
        paneWeights = paneWeights == null ? List.of() : List.copyOf(paneWeights);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** A chart with nothing but what it shows: the default view and indicators apply when it opens. */
    public static ChartState plain(String connector, String symbol, String timeframe) {
        return new ChartState(connector, symbol, timeframe, null, null, 0, 5, List.of(), List.of(), 0);
    }

    /** True for a chart made by {@link #plain}: nothing of its view or indicators to restore. */
    public boolean isPlain() {
        return barSpacing == 0 && paneWeights.isEmpty() && indicators.isEmpty();
    }

    /**
     * An indicator as saved.
     *
     * @param spec    as {@code IndicatorSpec.name()} writes it: {@code macd(12,26,9)}, {@code ema(9,source=rsi(14))}
     * @param bundle  the symbolic name of the bundle that provided it
     * @param version that bundle's version
     */
    public record IndicatorState(String spec, String bundle, String version) {
    }

    /**
     * The state of {@code session} as shown now. {@code provenance} names the bundle and version of each
     * indicator; {@code missing} are indicators kept from the workspace whose plugin is not installed.
     */
    public static ChartState of(ChartSession session, Function<IndicatorBinding, IndicatorState> provenance,
            List<IndicatorState> missing, int linkGroup) {
        var model = session.model();
        TimeScale ts = model.timeScale();
        List<Double> weights = new ArrayList<>();
        for (Pane p : model.panes()) weights.add(p.weight());
        List<IndicatorState> indicators = new ArrayList<>();
        for (IndicatorBinding b : session.indicators()) indicators.add(provenance.apply(b));
        indicators.addAll(missing);
        return new ChartState(session.connector().id(), session.symbol(), session.timeframe().label(), model.chartType().id(),
                model.pricePane().scale().mode().name().toLowerCase(java.util.Locale.ROOT), ts.barSpacing(), ts.rightOffset(),
                weights, indicators, linkGroup);
    }

    /** The same chart showing {@code symbol} of {@code connector} at {@code timeframe}. */
    public ChartState showing(String connector, String symbol, String timeframe) {
        return new ChartState(connector, symbol, timeframe, chartType, priceScale, barSpacing, rightOffset, paneWeights, indicators,
                linkGroup);
    }

    /** Puts the view back: chart type, price scale, bar spacing, right offset and, when the panes match, their heights. */
    public void applyView(ChartSession session) {
        var model = session.model();
        model.setChartType(ChartType.parse(chartType));
        model.pricePane().scale().setMode(PriceScaleMode.parse(priceScale));
        if (barSpacing > 0) model.timeScale().setBarSpacing(barSpacing);
        model.timeScale().setRightOffset(rightOffset);
        var panes = model.panes();
        if (panes.size() == paneWeights.size()) {
            for (int i = 0; i < panes.size(); i++) if (paneWeights.get(i) > 0) panes.get(i).setWeight(paneWeights.get(i));
        }
    }
}
