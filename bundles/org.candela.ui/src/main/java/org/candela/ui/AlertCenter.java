package org.candela.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import org.candela.chart.alert.Alert;
import org.candela.chart.alert.AlertCommand;
import org.candela.chart.alert.AlertCondition;
import org.candela.chart.alert.Firing;
import org.candela.chart.alert.FiringLog;
import org.candela.chart.alert.LiveAlert;
import org.candela.chart.session.ChartSession;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Timeframe;

/**
 * The window's alerts: the workspace's list, each running on its symbol's feed — the first open chart of its
 * connector, symbol and timeframe (a tile or a hidden tab), else a feed of its own ({@link AlertFeeds}) — so an
 * alert fires whether or not its chart is shown. A firing is logged (in the view and in
 * {@code alerts/firings.jsonl}), shown as a notification and in the status bar, and runs the alert's command with
 * the firing's JSON on its standard input (on a thread of its own, in order). {@link #reconcile} puts each alert
 * where it runs now: after every change, and each second for charts opened, closed or moved. UI thread.
 */
final class AlertCenter {

    private static final Logger LOG = Logger.getLogger(AlertCenter.class.getName());
    static final int LOG_SIZE = 500, RECONCILE_MS = 1_000;

    private record Running(ChartSession session, LiveAlert live) {
    }

    private final WorkbenchWindow window;
    private final AlertFeeds feeds;
    private final FiringLog firingLog;
    private final List<Alert> alerts = new ArrayList<>();
    private final Map<String, Running> running = new HashMap<>();
    private final Map<String, AlertCondition> parsed = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();
    private final Set<String> firedOnce = new HashSet<>();
    private final List<Firing> log = new ArrayList<>();
    /** The users' commands, in order (one that hangs holds up the next ones, at most 10 s each) … */
    private final ExecutorService commands = worker("candela-alert-commands");
    /** … and the log file, which no command holds up. */
    private final ExecutorService logWriter = worker("candela-alert-log");

    private static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
    private final List<Runnable> listeners = new ArrayList<>();
    private final AlertLines lines;

    AlertCenter(WorkbenchWindow window, AlertFeeds feeds, Path dataDir) {
        this.window = window;
        this.feeds = feeds;
        this.firingLog = new FiringLog(dataDir.resolve("alerts").resolve("firings.jsonl"));
        this.lines = new AlertLines(this);
        logWriter.execute(() -> { // the log of earlier runs, read off the UI thread
            try {
                List<Firing> earlier = firingLog.last(LOG_SIZE);
                window.onUi(() -> {
                    log.addAll(0, earlier);
                    changed();
                });
            } catch (java.io.IOException e) {
                window.onUi(() -> window.warn("the alerts' log " + firingLog.file() + " could not be read: " + e.getMessage()));
            }
        });
    }

    /** Starts the second-by-second reconcile (the window is open). */
    void start() {
        window.shell().getDisplay().timerExec(RECONCILE_MS, new Runnable() {
            @Override
            public void run() {
                if (window.isDisposed()) return;
                reconcile();
                window.shell().getDisplay().timerExec(RECONCILE_MS, this);
            }
        });
    }

    /**
     * The workspace's alerts replace these. They start at the next second's reconcile, once the workspace's charts
     * have begun to load: an alert on one of them waits for it rather than opening a feed of its own.
     */
    void load(List<Alert> saved) {
        for (Running r : running.values()) r.session().alerts().remove(r.live());
        running.clear();
        alerts.clear();
        alerts.addAll(saved);
        firedOnce.clear();
        changed();
    }

    /** What the workspace saves. */
    List<Alert> snapshot() {
        return List.copyOf(alerts);
    }

    List<Alert> all() {
        return List.copyOf(alerts);
    }

    Alert byId(String id) {
        for (Alert a : alerts) if (a.id().equals(id)) return a;
        return null;
    }

    /** The firings, oldest first (the last {@link #LOG_SIZE}). */
    List<Firing> log() {
        return List.copyOf(log);
    }

    /** Called after any change: the Alerts view refreshes. */
    void onChange(Runnable r) {
        listeners.add(r);
    }

    /**
     * Reads {@code text} with the installed indicators; the message of the exception says what is wrong (an
     * unknown indicator is an error when the alert is written, not when it would fire).
     */
    AlertCondition parse(String text) {
        return AlertCondition.parse(text, window.indicators());
    }

    /** Adds a new alert (its condition already read by {@link #parse}); it runs at once. */
    void add(Alert a) {
        parse(a.condition());
        alerts.add(a);
        reconcile();
    }

    /** Replaces the alert of the same id (edited): it starts again, with its new condition, mode and expiry. */
    void edit(Alert a) {
        firedOnce.remove(a.id());
        replace(a);
    }

    /** Replaces the alert of the same id, as it is now (its line moved): it starts again where it was. */
    void update(Alert a) {
        replace(a);
    }

    private void replace(Alert a) {
        parse(a.condition());
        for (int i = 0; i < alerts.size(); i++) if (alerts.get(i).id().equals(a.id())) alerts.set(i, a);
        stop(a.id());
        reconcile();
    }

    void remove(String id) {
        alerts.removeIf(a -> a.id().equals(id));
        stop(id);
        reconcile();
    }

    void setEnabled(String id, boolean on) {
        Alert a = byId(id);
        if (a == null || a.enabled() == on) return;
        if (on) firedOnce.remove(id);
        replace(a.withEnabled(on));
    }

    /** The lines of price alerts on the charts (drawn, and dragged to move an alert). */
    AlertLines lines() {
        return lines;
    }

    /** The trend line an alert watches, or null when its condition has none. */
    AlertCondition.Line lineOf(Alert a) {
        AlertCondition c = condition(a);
        AlertCondition.Operand level = c == null ? null : c.level();
        return level == null ? null : level.line();
    }

    /** The level an alert's line is at, or NaN when its condition has no number to draw. */
    double levelOf(Alert a) {
        AlertCondition c = condition(a);
        AlertCondition.Operand level = c == null ? null : c.level();
        return level == null || level.line() != null ? Double.NaN : level.number();
    }

    /** An alert line dragged to {@code price}: the alert's level moves there. */
    void moveLevel(String id, double price) {
        moveBy(id, price, price);
    }

    /**
     * An alert's line was dragged from {@code from} to {@code to}: a level moves to {@code to}, a trend line up or
     * down both points by as much (by as many times for a line straight in log price), so its slope stays.
     */
    void moveBy(String id, double from, double to) {
        Alert a = byId(id);
        if (a == null) return;
        AlertCondition c = parse(a.condition());
        AlertCondition.Operand level = c.level();
        if (level == null || level.line() != null && from == to) return;
        AlertCondition.Operand moved = level.line() != null ? new AlertCondition.Operand(null, Double.NaN, level.line().moved(from, to), null, 0)
                : new AlertCondition.Operand(null, to, null, null, 0);
        replace(a.withCondition(c.withLevel(moved).text()));
        window.status("Alert moved: " + byId(id).condition());
    }

    /**
     * Indicators or connectors came or went: every alert stops, its condition is read again, and it starts on
     * what is installed now (no alert keeps computing with a plugin that went; one waiting for a plugin runs).
     */
    void restart() {
        if (restartAsked) return; // a burst (the plugins registering at start) restarts them once
        restartAsked = true;
        window.onUi(() -> {
            restartAsked = false;
            for (String id : List.copyOf(running.keySet())) stop(id);
            parsed.clear();
            problems.clear();
            reconcile();
        });
    }

    private boolean restartAsked;

    /** A connector went: the feeds on it close (their alerts wait for it), and every alert restarts. */
    void connectorRemoved(MarketDataConnector c) {
        for (String id : List.copyOf(running.keySet())) {
            if (running.get(id).session().connector() == c) stop(id);
        }
        feeds.closeOn(c);
        restart();
    }

    /** What the view shows in its Status column. */
    String status(Alert a) {
        String problem = problems.get(a.id());
        if (problem != null) return "⚠ " + problem;
        if (!a.enabled()) return firedOnce.contains(a.id()) ? "Fired (once)" : "Stopped";
        if (a.expiredAt(System.currentTimeMillis())) return "Expired";
        Running r = running.get(a.id());
        if (r == null) {
            String feed = feeds.problem(a);
            return feed.isEmpty() ? "Waiting for data" : "⚠ " + feed;
        }
        String failed = r.session().alerts().problem(r.live());
        if (failed != null) return "⚠ " + failed;
        return feeds.owns(r.session()) ? "Running (no chart open)" : "Running";
    }

    /** Puts every alert where it runs now, and stops those that should not run. */
    void reconcile() {
        if (window.isDisposed()) return;
        long now = System.currentTimeMillis();
        List<ChartSession> open = window.sessions();
        Set<String> coming = new HashSet<>(); // charts whose history loads: their alerts wait for them, not for a feed
        for (ChartCanvas c : window.tiles().all()) if (c.loading) coming.add(c.loadingKey);
        Set<String> feedsNeeded = new HashSet<>();
        for (Alert a : alerts) {
            AlertCondition c = condition(a);
            boolean wanted = c != null && a.enabled() && !a.expiredAt(now);
            ChartSession target = wanted ? chartOf(open, a) : null;
            if (wanted && target == null && !coming.contains(AlertFeeds.key(a))) {
                feedsNeeded.add(AlertFeeds.key(a));
                target = feedOf(a);
            }
            Running r = running.get(a.id());
            if (r != null && r.session() != target) stop(a.id());
            if (target != null && !running.containsKey(a.id())) {
                target.alerts().setListener(this::fired);
                running.put(a.id(), new Running(target, target.alerts().add(a, c)));
            }
        }
        feeds.retain(feedsNeeded);
        if (lines.update(open)) for (ChartCanvas c : window.tiles().all()) c.requestFrame();
        changed();
    }

    private AlertCondition condition(Alert a) {
        AlertCondition c = parsed.get(a.condition());
        if (c != null) return c;
        try {
            c = parse(a.condition());
            parsed.put(a.condition(), c);
            problems.remove(a.id());
            return c;
        } catch (IllegalArgumentException e) { // an indicator not installed (yet): the alert is kept, and says why
            problems.put(a.id(), e.getMessage());
            return null;
        }
    }

    /** The first open chart of the alert's connector, symbol and timeframe. */
    private static ChartSession chartOf(List<ChartSession> open, Alert a) {
        for (ChartSession s : open) {
            if (s.connector().id().equals(a.connector()) && s.symbol().equals(a.symbol()) && s.timeframe().label().equals(a.timeframe())) {
                return s;
            }
        }
        return null;
    }

    private ChartSession feedOf(Alert a) {
        MarketDataConnector connector = window.connector(a.connector());
        if (connector == null) return null; // not installed (yet): "Waiting for data"
        try {
            return feeds.session(a, connector, Timeframe.parse(a.timeframe()));
        } catch (IllegalArgumentException e) {
            problems.put(a.id(), "its timeframe: " + e.getMessage());
            return null;
        }
    }

    private void stop(String id) {
        Running r = running.remove(id);
        if (r != null) r.session().alerts().remove(r.live());
    }

    /** A firing (UI thread, from a chart's or a feed's drain). */
    private void fired(Firing f) {
        Alert a = f.alert();
        log.add(f);
        if (log.size() > LOG_SIZE) log.remove(0);
        String text = describe(f);
        LOG.info("alert fired: " + f.json());
        window.alertFired(text);
        AlertPopup.show(window, text);
        logWriter.execute(() -> {
            try {
                firingLog.append(f);
            } catch (java.io.IOException e) {
                window.onUi(() -> window.warn("the firing could not be added to " + firingLog.file() + ": " + e.getMessage()));
            }
        });
        if (!a.command().isBlank()) {
            commands.execute(() -> {
                String problem = AlertCommand.run(a.command(), f.json());
                if (problem != null) window.onUi(() -> window.warn(problem));
            });
        }
        if (a.mode() == Alert.Mode.ONCE) {
            firedOnce.add(a.id());
            window.onUi(() -> setEnabled(a.id(), false)); // not inside the drain that fired it
        }
        changed();
    }

    /** {@code BTC/USD 1m: close crosses 21450 (close 21451.50)} */
    static String describe(Firing f) {
        Alert a = f.alert();
        return a.symbol() + " " + a.timeframe() + ": " + a.condition() + " (close " + AlertCondition.number(f.close()) + ")";
    }

    private void changed() {
        for (Runnable r : listeners) r.run();
    }

    /** Where each running alert runs, for the Gogo shell and tests. */
    Map<String, ChartSession> where() {
        Map<String, ChartSession> out = new HashMap<>();
        running.forEach((id, r) -> out.put(id, r.session()));
        return out;
    }

    void close() {
        for (String id : List.copyOf(running.keySet())) stop(id);
        feeds.close();
        commands.shutdown();
        logWriter.shutdown();
        try { // the firings queued for the log are on disk before the product stops (a moment at most)
            logWriter.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
