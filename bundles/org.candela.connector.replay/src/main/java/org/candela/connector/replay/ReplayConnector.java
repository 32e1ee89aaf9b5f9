package org.candela.connector.replay;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.candela.marketdata.support.ConfigCheck;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The offline default feed: simulated markets with realistic volatility and volume, history generated on
 * first use (100,000 one-minute bars per symbol by default, about 70 days), and live trades replayed into
 * the forming candle through the same SPI the exchange connectors implement. No network, no account.
 */
@Component(service = MarketDataConnector.class, configurationPid = "org.candela.connector.replay",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = "candela.connector.id=replay")
@Designate(ocd = ReplayConfig.class)
public final class ReplayConnector implements MarketDataConnector {

    private final Map<String, History> histories = new ConcurrentHashMap<>();
    private final List<ReplayFeed> feeds = new CopyOnWriteArrayList<>();
    private volatile double speed = 1;
    private volatile int tickMillis = 200;
    private volatile int historyBars = 100_000;
    /** The minute the histories end at (epoch minutes; 0 until the first is made); {@link #fixedEnd} when set. */
    private volatile long endMinute;
    private volatile long fixedEnd;
    private volatile java.nio.file.Path csvDir;
    private volatile int csvHistoryPercent = 50;
    private final Map<String, CsvTape> tapes = new ConcurrentHashMap<>();

    /**
     * Reads the settings against their ranges (from the .cfg file's raw values where given): a bad one
     * (speed = NaN, historyBars = lots) keeps its default, and the connector reports FAILED with the
     * reason and refuses to replay until the file is fixed.
     */
    @Activate
    @Modified
    void activate(ReplayConfig config, Map<String, Object> raw, org.osgi.framework.BundleContext ctx) {
        endAt(ctx.getProperty(END_PROPERTY));
        configure(config, raw);
    }

    /** The framework property {@code --replay-end TIME} sets: the replay's history ends at that minute. */
    static final String END_PROPERTY = "candela.replay.end";

    /**
     * The history generated ends just before {@code iso} (an ISO-8601 instant, {@code 2026-11-30T16:00Z}) and
     * the live replay goes on from there, so the same charts come out on every run; null or blank: now.
     */
    void endAt(String iso) {
        long minute = iso == null || iso.isBlank() ? 0 : Math.floorDiv(java.time.OffsetDateTime.parse(iso.trim()).toInstant().toEpochMilli(), 60_000L);
        if (minute == fixedEnd) return;
        histories.clear();
        fixedEnd = minute;
        endMinute = minute;
    }

    void configure(ReplayConfig config, Map<String, Object> raw) {
        ConfigCheck check = new ConfigCheck("etc/org.candela.connector.replay.cfg", raw);
        speed = raw.containsKey("speed") ? check.decimal("speed", 0.01, 10_000, 1.0) : Math.max(0.01, config.speed());
        tickMillis = (int) check.whole("tickMillis", 1, 250, () -> Math.max(1, Math.min(250, config.tickMillis())));
        int bars = (int) check.whole("historyBars", 100, 20_000_000, () -> Math.max(100, config.historyBars()));
        if (bars != historyBars) histories.clear();
        historyBars = bars;
        csvDir = config.csvDir().isBlank() ? null : java.nio.file.Path.of(config.csvDir());
        csvHistoryPercent = (int) check.whole("csvHistoryPercent", 1, 99, () -> Math.max(1, Math.min(99, config.csvHistoryPercent())));
        problem = check.problems();
        if (!problem.isEmpty()) java.util.logging.Logger.getLogger(ReplayConnector.class.getName()).warning(problem);
        tapes.clear();
    }

    private volatile String problem = "";

    private void requireUsable() {
        if (!problem.isEmpty()) throw new IllegalStateException("replay cannot be used: " + problem);
    }

    /** The folder imported CSVs go to (File ▸ Import CSV…), or null. */
    public java.nio.file.Path csvDir() {
        return csvDir;
    }

    /** The CSV files of the folder, each a symbol named as its file. */
    private List<String> csvSymbols() {
        java.nio.file.Path dir = csvDir;
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) return List.of();
        try (var files = java.nio.file.Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private CsvTape tape(String symbol) {
        return tapes.computeIfAbsent(symbol, s -> {
            try {
                return CsvTape.read(csvDir.resolve(s));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        });
    }

    private int split(CsvTape t) {
        return Math.max(1, (int) ((long) t.size * csvHistoryPercent / 100));
    }

    @Deactivate
    void deactivate() {
        for (ReplayFeed f : feeds) f.close();
        for (CsvFeed f : csvFeeds) f.close();
    }

    private final List<CsvFeed> csvFeeds = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
        return "replay";
    }

    @Override
    public String name() {
        return "Replay";
    }

    @Override
    public List<String> symbols() {
        List<String> all = new java.util.ArrayList<>(Instrument.ALL.stream().map(Instrument::symbol).toList());
        all.addAll(csvSymbols());
        return all;
    }

    @Override
    public int loadHistory(HistoryRequest request, BarSink sink) {
        requireUsable();
        if (csvSymbols().contains(request.symbol())) {
            CsvTape t = tape(request.symbol());
            return CsvFeed.history(t, split(t), checkTimeframe(request.timeframe()), request.endMillis(), request.maxBars(), sink);
        }
        Instrument instrument = Instrument.find(request.symbol());
        Timeframe tf = checkTimeframe(request.timeframe());
        History h = history(instrument);
        int end = h.ceiling(request.endMillis());
        long[] t = new long[request.maxBars()];
        double[][] v = new double[5][request.maxBars()];
        int n = 0;
        for (int i = end - 1; i >= 0 && n <= request.maxBars(); i--) {
            long open = tf.openTime(h.time[i]);
            if (n == 0 || t[n - 1] != open) {
                if (n == request.maxBars()) break;
                t[n] = open;
                v[0][n] = h.open[i];
                v[1][n] = h.high[i];
                v[2][n] = h.low[i];
                v[3][n] = h.close[i];
                v[4][n] = 0;
                n++;
            }
            int b = n - 1;
            v[0][b] = h.open[i];
            v[1][b] = Math.max(v[1][b], h.high[i]);
            v[2][b] = Math.min(v[2][b], h.low[i]);
            v[4][b] += h.volume[i];
        }
        for (int b = n - 1; b >= 0; b--) sink.bar(t[b], v[0][b], v[1][b], v[2][b], v[3][b], v[4][b]);
        return n;
    }

    @Override
    public Subscription subscribe(String symbol, Timeframe timeframe, LiveListener listener) {
        requireUsable();
        if (csvSymbols().contains(symbol)) {
            CsvTape t = tape(symbol);
            CsvFeed feed = new CsvFeed(symbol, t, split(t), listener, this);
            csvFeeds.add(feed);
            feed.start();
            return feed;
        }
        Instrument instrument = Instrument.find(symbol);
        ReplayFeed feed = new ReplayFeed(instrument, history(instrument), checkTimeframe(timeframe), listener, this);
        feeds.add(feed);
        feed.start();
        return feed;
    }

    @Override
    public ConnectionState state() {
        return problem.isEmpty() ? ConnectionState.LIVE : ConnectionState.FAILED;
    }

    double speed() {
        return speed;
    }

    int tickMillis() {
        return tickMillis;
    }

    /** Live feeds still running; for tests that uninstalling leaves no thread behind. */
    int activeFeeds() {
        return (int) (feeds.stream().filter(ReplayFeed::alive).count() + csvFeeds.stream().filter(CsvFeed::alive).count());
    }

    void closed(ReplayFeed feed) {
        feeds.remove(feed);
    }

    void closed(CsvFeed feed) {
        csvFeeds.remove(feed);
    }

    private History history(Instrument instrument) {
        return histories.computeIfAbsent(instrument.symbol(), s -> {
            if (endMinute == 0) endMinute = Math.floorDiv(System.currentTimeMillis(), 60_000L);
            return new History(instrument, historyBars, endMinute);
        });
    }

    private static Timeframe checkTimeframe(Timeframe tf) {
        if (tf.millis() % 60_000 != 0) {
            throw new IllegalArgumentException("replay offers whole-minute timeframes, not " + tf.label());
        }
        return tf;
    }
}
