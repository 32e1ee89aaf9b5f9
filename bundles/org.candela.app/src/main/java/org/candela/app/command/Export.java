package org.candela.app.command;

import java.io.BufferedWriter;
import java.io.IOException;
import org.candela.app.KeptHistory;
import org.candela.chart.store.CachedHistory;
import org.candela.chart.store.HistoryCache;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.candela.app.Launch;
import org.candela.chart.alert.AlertCondition;
import org.candela.chart.data.BarStore;
import org.candela.chart.data.DoubleColumn;
import org.candela.chart.model.Theme;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.IndicatorBinding;
import org.candela.chart.session.IndicatorSpec;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.MarketDataConnector;
import org.osgi.framework.BundleContext;

/**
 * {@code --export-csv FILE [--connector ID] [--bars N] [--indicators "sma(20),macd(12,26,9)"] [--ws-url URL]
 * [--rest-url URL] [--live-seconds K]}: loads history from the connector (at other endpoints if asked),
 * optionally stays subscribed K seconds, computes the indicators the way the chart does (same bindings, same isolation), and writes
 * one row per bar: time (ISO-8601 UTC), open, high, low, close, volume, then one column per indicator
 * output ({@code macd(12,26,9).signal}), then with {@code --alerts "close crosses above sma(20); rsi(14) > 70"} a
 * 0/1 column per alert named as written; a missing value is an empty cell.
 */
final class Export {

    static final int DEFAULT_BARS = 1_000;

    private Export() {
    }

    static String run(BundleContext ctx, Launch launch) throws Exception {
        MarketDataConnector connector = launch.wsUrl().isEmpty() && launch.restUrl().isEmpty()
                ? Services.connector(ctx, launch.connector(), 10_000)
                : Services.reconfigured(ctx, launch.connector(), launch.wsUrl(), launch.restUrl());
        String pluginsDir = launch.pluginsDir();
        Plugins.awaitPlugins(ctx, pluginsDir.isEmpty() ? null : Path.of(pluginsDir), 5_000);
        List<IndicatorSpec> specs = launch.indicators().isEmpty() ? List.of()
                : IndicatorSpec.parseList(launch.indicators(), Services.indicators(ctx));
        List<AlertCondition> alerts;
        try { // a condition naming an unknown indicator is an error now, before anything is loaded
            alerts = launch.alerts().isEmpty() ? List.of() : AlertCondition.parseList(launch.alerts(), Services.indicators(ctx));
        } catch (IllegalArgumentException e) {
            throw new BadOption("--alerts: " + e.getMessage());
        }
        int bars = launch.bars() > 0 ? launch.bars() : DEFAULT_BARS;
        HistoryCache cache = KeptHistory.of(ctx);
        CachedHistory.Result history = CachedHistory.load(cache, connector, launch.symbol(), launch.timeframe(), bars,
                System.currentTimeMillis(), Integer.MAX_VALUE);
        boolean offline = !history.note().isEmpty();
        if (offline) System.out.println(history.note());
        ChartSession session = new ChartSession(connector, launch.symbol(), launch.timeframe(), Theme.DARK);
        session.setHistory(history.bars());
        session.keepIn(cache);
        try {
            String live = launch.liveSeconds() > 0 && !offline ? stayLive(session, launch.liveSeconds()) : "";
            return write(launch, connector, specs, alerts, session, live);
        } finally {
            session.close(); // the indicators' threads end with the command
        }
    }

    private static String write(Launch launch, MarketDataConnector connector, List<IndicatorSpec> specs, List<AlertCondition> alerts,
            ChartSession session, String live) throws IOException, InterruptedException {
        List<String> header = new ArrayList<>(List.of("time", "open", "high", "low", "close", "volume"));
        List<DoubleColumn> columns = new ArrayList<>();
        List<IndicatorBinding> bindings = new ArrayList<>();
        for (IndicatorSpec spec : specs) bindings.add(session.addIndicator(spec));
        java.util.Map<String, IndicatorBinding> byName = new java.util.HashMap<>(); // an indicator the alerts name, computed once
        for (AlertCondition a : alerts) {
            for (AlertCondition.Operand o : List.of(a.left(), a.right())) {
                if (o.indicator() != null) byName.computeIfAbsent(o.indicator().name(), k -> session.addIndicator(o.indicator()));
            }
        }
        session.awaitIndicators();
        for (IndicatorBinding b : byName.values()) {
            if (b.error() != null) throw new IllegalStateException(b.spec().name() + " failed: " + b.error());
        }
        for (IndicatorBinding b : bindings) {
            IndicatorSpec spec = b.spec();
            if (b.error() != null) throw new IllegalStateException(spec.name() + " failed: " + b.error());
            var outputs = spec.values().descriptor().outputs();
            for (int k = 0; k < outputs.size(); k++) {
                header.add(outputs.size() == 1 ? spec.name() : spec.name() + "." + outputs.get(k).key());
                columns.add(b.column(k));
            }
        }
        BarStore b = session.model().bars();
        List<boolean[]> fired = new ArrayList<>();
        for (AlertCondition a : alerts) { // a 0/1 column per alert, named as written
            long barMillis = launch.timeframe().millis();
            double[] x = values(a.left(), b, byName, barMillis), y = values(a.right(), b, byName, barMillis);
            boolean[] holds = new boolean[b.size()];
            for (int i = 0; i < holds.length; i++) holds[i] = a.holds(x, y, i);
            fired.add(holds);
            header.add(a.text());
        }
        Path file = Path.of(launch.exportFile()).toAbsolutePath();
        Path tmp = file.resolveSibling("." + file.getFileName() + ".part"); // written whole, then moved: never half a file
        try (BufferedWriter w = Files.newBufferedWriter(tmp)) {
            w.write(String.join(",", header.stream().map(Export::quoted).toList()));
            w.newLine();
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < b.size(); i++) {
                row.setLength(0);
                row.append(Instant.ofEpochMilli(b.time(i)));
                for (double v : new double[] {b.open(i), b.high(i), b.low(i), b.close(i), b.volume(i)}) number(row.append(','), v);
                for (DoubleColumn c : columns) number(row.append(','), c.get(i));
                for (boolean[] f : fired) row.append(',').append(f[i] ? '1' : '0');
                w.write(row.toString());
                w.newLine();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String wrote = "wrote " + file + " (" + b.size() + " bars of " + launch.symbol() + " " + launch.timeframe().label()
                + " from " + connector.name() + ", " + (header.size() - 6 - alerts.size()) + " indicator columns"
                + (alerts.isEmpty() ? "" : ", " + alerts.size() + " alert column" + (alerts.size() == 1 ? "" : "s")) + live + ")";
        if (session.state() == ConnectionState.FAILED) {
            throw new IllegalStateException(wrote + "; the live link failed: " + session.stateDetail());
        }
        return wrote;
    }

    /** An operand's value at every bar: a bar field, a constant, a line, or the indicator's output (NaN where it has none). */
    private static double[] values(AlertCondition.Operand o, BarStore b, java.util.Map<String, IndicatorBinding> byName, long barMillis) {
        DoubleColumn column = o.indicator() == null ? null : byName.get(o.indicator().name()).column(o.output());
        double[] out = new double[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = o.value(b, i, column, barMillis);
        return out;
    }

    /** Stays subscribed for {@code seconds}, applying live data as the window would; returns a summary. */
    private static String stayLive(ChartSession session, int seconds) throws InterruptedException {
        int before = session.model().bars().size();
        session.startLive(() -> { });
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < end && session.state() != ConnectionState.FAILED) {
            session.drain();
            Thread.sleep(50);
        }
        session.drain();
        String summary = ", " + seconds + " s live: " + (session.model().bars().size() - before) + " new bars, last state "
                + session.state() + (session.stateDetail().isEmpty() ? "" : " (" + session.stateDetail() + ")");
        if (session.state() != ConnectionState.FAILED) session.close();
        return summary;
    }

    /** The shortest decimal that reads back as the same double, without exponent; nothing for NaN. */
    private static void number(StringBuilder b, double v) {
        if (Double.isNaN(v)) return;
        b.append(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
    }

    /** Column names with commas ({@code macd(12,26,9)}) are quoted, as CSV wants. */
    private static String quoted(String name) {
        return name.contains(",") ? "\"" + name + "\"" : name;
    }
}
