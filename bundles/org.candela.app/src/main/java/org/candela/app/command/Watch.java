package org.candela.app.command;

import java.util.List;
import java.util.logging.Logger;
import org.candela.app.KeptHistory;
import org.candela.app.Launch;
import org.candela.chart.alert.AlertCondition;
import org.candela.chart.alert.Alert;
import org.candela.chart.alert.AlertCommand;
import org.candela.chart.alert.Firing;
import org.candela.chart.model.Theme;
import org.candela.chart.session.ChartSession;
import org.candela.chart.store.CachedHistory;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.MarketDataConnector;
import org.osgi.framework.BundleContext;

/**
 * {@code --watch --connector C --symbol S --timeframe T --alerts "…" [--live-seconds K] [--on-alert CMD]}: alerts
 * on a server, without a window. The history the indicators need is loaded, the feed goes live, and every
 * condition is evaluated as the data comes, as the window evaluates it (the chart's own candles and indicators,
 * {@link org.candela.chart.session.SessionAlerts}: O(1) per evaluation); a condition fires as {@code --alert-mode}
 * says (once per bar unless told). Each firing is one JSON line on
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
        int[] firings = {0};
        session.alerts().setListener(f -> { // on this thread, at each drain
            firings[0]++;
            System.out.println(f.json());
            System.out.flush();
            if (!launch.onAlert().isEmpty()) {
                String problem = AlertCommand.run(launch.onAlert(), f.json());
                if (problem != null) System.err.println("candela: --on-alert: " + problem);
            }
        });
        for (AlertCondition c : alerts) {
            session.alerts().add(new Alert(Alert.newId(), connector.id(), launch.symbol(), launch.timeframe().label(), c.text(),
                    launch.alertMode(), 0, true, launch.onAlert()), c);
        }
        session.awaitIndicators();
        long end = launch.liveSeconds() > 0 ? System.currentTimeMillis() + launch.liveSeconds() * 1000L : Long.MAX_VALUE;
        System.out.println("{\"watching\":" + json(launch.symbol()) + ",\"connector\":" + json(connector.id()) + ",\"timeframe\":"
                + json(launch.timeframe().label()) + ",\"alerts\":" + alerts.size() + ",\"mode\":" + json(launch.alertMode().text()) + "}");
        System.out.flush();
        session.startLive(() -> { });
        try {
            while (System.currentTimeMillis() < end && session.state() != ConnectionState.FAILED) {
                session.drain(); // takes the live data and the indicators' values, evaluates the alerts
                Thread.sleep(POLL_MILLIS);
            }
        } finally {
            session.close();
        }
        return "{\"watched\":" + json(launch.symbol()) + ",\"firings\":" + firings[0] + ",\"state\":" + json(session.state().name())
                + (session.stateDetail().isEmpty() ? "" : ",\"detail\":" + json(session.stateDetail())) + "}";
    }

    static String json(String s) {
        return Firing.quote(s);
    }
}
