package org.candela.app;

import java.util.List;
import java.util.Locale;
import org.candela.chart.model.ChartType;
import org.candela.chart.scale.PriceScaleMode;
import org.candela.marketdata.api.Timeframe;
import org.osgi.framework.BundleContext;

/**
 * What the launcher asked for, read from framework properties ({@code candela.*}). The launcher has
 * already validated the values; defaults apply where one is missing.
 */
public record Launch(String command, String snapshotFile, int width, int height, String connector, String symbol,
        Timeframe timeframe, String pluginsDir, String bench, String jsonFile, int bars, ChartType chartType,
        PriceScaleMode priceScale, boolean fit, String exportFile, String indicators, String wsUrl, String restUrl,
        int liveSeconds, String dataDir, int minutes, String workspaceFile, String layout, List<String> symbols, List<String> draws, String alerts, String onAlert,
        org.candela.chart.alert.Alert.Mode alertMode) {

    /** Separates the {@code --draw} options in their framework property (a character no drawing's text holds). */
    public static final String DRAW_SEPARATOR = "\u001F";

    public static final String COMMAND = "candela.command";

    public static Launch from(BundleContext ctx) {
        String size = prop(ctx, "candela.size", "1280x800").toLowerCase(Locale.ROOT);
        int x = size.indexOf('x');
        return new Launch(prop(ctx, COMMAND, "none"), prop(ctx, "candela.snapshot.file", "candela.png"),
                Integer.parseInt(size.substring(0, x)), Integer.parseInt(size.substring(x + 1)),
                prop(ctx, "candela.connector", "replay"), prop(ctx, "candela.symbol", "BTC/USD"),
                Timeframe.parse(prop(ctx, "candela.timeframe", "1m")), prop(ctx, "candela.plugins.dir", ""),
                prop(ctx, "candela.bench", "chart"), prop(ctx, "candela.json", ""),
                Integer.parseInt(prop(ctx, "candela.bars", "0")), ChartType.parse(prop(ctx, "candela.chart.type", "candles")),
                PriceScaleMode.parse(prop(ctx, "candela.price.scale", "normal")),
                Boolean.parseBoolean(prop(ctx, "candela.fit", "false")), prop(ctx, "candela.export.file", ""),
                prop(ctx, "candela.indicators", ""), prop(ctx, "candela.ws.url", ""), prop(ctx, "candela.rest.url", ""),
                Integer.parseInt(prop(ctx, "candela.live.seconds", "0")),
                prop(ctx, "candela.data.dir", System.getProperty("user.home") + "/.local/share/candela"),
                Integer.parseInt(prop(ctx, "candela.minutes", "60")), prop(ctx, "candela.workspace", ""),
                prop(ctx, "candela.layout", "1"), prop(ctx, "candela.symbols", "").isEmpty() ? List.of()
                        : java.util.Arrays.stream(prop(ctx, "candela.symbols", "").split(",")).map(String::trim).toList(),
                prop(ctx, "candela.draw", "").isEmpty() ? List.of() : List.of(prop(ctx, "candela.draw", "").split(DRAW_SEPARATOR)),
                prop(ctx, "candela.alerts", ""), prop(ctx, "candela.on.alert", ""),
                org.candela.chart.alert.Alert.Mode.parse(prop(ctx, "candela.alert.mode", "once per bar")));
    }

    /** The workspace the window opens and saves into: {@code --workspace FILE}, else the data directory's current one. */
    public java.nio.file.Path workspace() {
        return workspaceFile.isEmpty() ? java.nio.file.Path.of(dataDir, "workspaces", "current.json") : java.nio.file.Path.of(workspaceFile);
    }

    /** Whether the command line named this option's property ({@code candela.symbol}), rather than its default applying. */
    public static boolean given(BundleContext ctx, String key) {
        String v = ctx.getProperty(key);
        return v != null && !v.isBlank();
    }

    private static String prop(BundleContext ctx, String key, String def) {
        String v = ctx.getProperty(key);
        return v == null || v.isBlank() ? def : v.trim();
    }
}
