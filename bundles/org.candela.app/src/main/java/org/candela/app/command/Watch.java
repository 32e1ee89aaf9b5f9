package org.candela.app.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.candela.app.KeptHistory;
import org.candela.app.Launch;
import org.candela.chart.alert.AlertCondition;
import org.candela.chart.alert.AlertState;
import org.candela.chart.data.BarStore;
import org.candela.chart.model.Theme;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.IndicatorBinding;
import org.candela.chart.store.CachedHistory;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.MarketDataConnector;
import org.osgi.framework.BundleContext;

/**
 * {@code --watch --connector C --symbol S --timeframe T --alerts "…" [--live-seconds K] [--on-alert CMD]}: alerts
 * on a server, without a window. The history the indicators need is loaded, the feed goes live, and every
 * condition is evaluated as the data comes (the chart's own candles and indicators, an {@link AlertState} per
 * condition: O(1) per evaluation); a condition fires at most once per bar. Each firing is one JSON line on
 * standard output and, with {@code --on-alert}, the standard input of the user's command.
 */
final class Watch {

    private static final Logger LOG = Logger.getLogger(Watch.class.getName());
    private static final int HISTORY_BARS = 2_000, POLL_MILLIS = 50;

    private Watch() {
    }

    static String run(BundleContext ctx, Launch launch) throws Exception {
        MarketDataConnector connector = Services.connector(ctx, launch.connector(), 10_000);
        List<AlertCondition> alerts;
        try {
            alerts = AlertCondition.parseList(launch.alerts(), Services.indicators(ctx));
        } catch (IllegalArgumentException e) {
            throw new BadOption("--alerts: " + e.getMessage());
        }
        var history = CachedHistory.load(KeptHistory.of(ctx), connector, launch.symbol(), launch.timeframe(), HISTORY_BARS,
                System.currentTimeMillis(), Integer.MAX_VALUE);
        ChartSession session = new ChartSession(connector, launch.symbol(), launch.timeframe(), Theme.DARK);
        session.setHistory(history.bars());
        Map<String, IndicatorBinding> byName = new HashMap<>();
        for (AlertCondition a : alerts) {
            for (AlertCondition.Operand o : List.of(a.left(), a.right())) {
                if (o.indicator() != null) byName.computeIfAbsent(o.indicator().name(), k -> session.addIndicator(o.indicator()));
            }
        }
        session.awaitIndicators();
        List<AlertState> states = new ArrayList<>();
        for (AlertCondition a : alerts) states.add(new AlertState(a));
        long[] firedBar = new long[alerts.size()];
        java.util.Arrays.fill(firedBar, Long.MIN_VALUE);
        int firings = 0;
        long end = launch.liveSeconds() > 0 ? System.currentTimeMillis() + launch.liveSeconds() * 1000L : Long.MAX_VALUE;
        System.out.println("{\"watching\":" + json(launch.symbol()) + ",\"connector\":" + json(connector.id()) + ",\"timeframe\":"
                + json(launch.timeframe().label()) + ",\"alerts\":" + alerts.size() + "}");
        System.out.flush();
        session.startLive(() -> { });
        try {
            while (System.currentTimeMillis() < end && session.state() != ConnectionState.FAILED) {
                session.drain();
                BarStore bars = session.model().bars();
                if (!bars.isEmpty()) {
                    int last = bars.size() - 1;
                    long bar = bars.time(last);
                    for (int k = 0; k < states.size(); k++) {
                        AlertCondition a = alerts.get(k);
                        double x = value(a.left(), bars, last, byName), y = value(a.right(), bars, last, byName);
                        if (states.get(k).update(bar, x, y) && firedBar[k] != bar) { // once per bar
                            firedBar[k] = bar;
                            firings++;
                            fire(launch, connector, a, bar, bars.close(last), x, y);
                        }
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
        } finally {
            session.close();
        }
        return "{\"watched\":" + json(launch.symbol()) + ",\"firings\":" + firings + ",\"state\":" + json(session.state().name())
                + (session.stateDetail().isEmpty() ? "" : ",\"detail\":" + json(session.stateDetail())) + "}";
    }

    /** An operand at bar {@code i}: a bar field, a constant, or the indicator's latest value. */
    private static double value(AlertCondition.Operand o, BarStore b, int i, Map<String, IndicatorBinding> byName) {
        if (o.field() != null) {
            return switch (o.field()) {
                case "open" -> b.open(i);
                case "high" -> b.high(i);
                case "low" -> b.low(i);
                case "volume" -> b.volume(i);
                default -> b.close(i);
            };
        }
        if (o.indicator() == null) return o.number();
        var column = byName.get(o.indicator().name()).column(o.output());
        return i < column.size() ? column.get(i) : Double.NaN;
    }

    private static void fire(Launch launch, MarketDataConnector connector, AlertCondition a, long bar, double close, double x, double y) {
        String line = "{\"alert\":" + json(a.text()) + ",\"connector\":" + json(connector.id()) + ",\"symbol\":" + json(launch.symbol())
                + ",\"timeframe\":" + json(launch.timeframe().label()) + ",\"bar\":" + json(Instant.ofEpochMilli(bar).toString())
                + ",\"at\":" + json(Instant.now().toString()) + ",\"close\":" + number(close) + ",\"left\":" + number(x)
                + ",\"right\":" + number(y) + "}";
        System.out.println(line);
        System.out.flush();
        if (!launch.onAlert().isEmpty()) run(launch.onAlert(), line);
    }

    /** The user's command with the firing on its standard input; waited for (at most 10 s) so firings stay in order. */
    private static void run(String command, String json) {
        try {
            Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write((json + "\n").getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                System.err.println("candela: --on-alert command took longer than 10 s and was stopped");
            } else if (p.exitValue() != 0) {
                System.err.println("candela: --on-alert command exited with " + p.exitValue());
            }
        } catch (IOException e) {
            System.err.println("candela: --on-alert command could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String number(double v) {
        return Double.isFinite(v) ? java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "null";
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
