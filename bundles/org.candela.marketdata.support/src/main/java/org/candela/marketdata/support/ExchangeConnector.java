package org.candela.marketdata.support;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Logger;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Subscription;

/**
 * What an exchange connector component does the same way: its id and name from its configuration (one
 * connector per {@code etc/<pid>-<name>.cfg}), its WebSocket endpoint and silence limit, its running
 * {@link Feeds}, a symbol list loaded in the background when it is first needed (not at start-up: a
 * connector nobody opens makes no request), and everything stopped by {@link #close}.
 *
 * <pre>{@code
 * @Activate void activate(MyConfig c) {
 *     configure(c.id(), c.name(), c.wsUrl(), c.staleSeconds());
 *     loadOnFirstUse("pair list", () -> symbols = rest.pairs());
 * }
 * @Deactivate void deactivate() { close(); }
 * public List<String> symbols() { firstUse(); return symbols.names(); }
 * public Subscription subscribe(...) { return start(new MyFeed(..., ws(), staleMillis(), states())); }
 * }</pre>
 */
public abstract class ExchangeConnector implements MarketDataConnector {

    private static final Logger LOG = Logger.getLogger(ExchangeConnector.class.getName());

    /** A task that may fail with an IOException. */
    @FunctionalInterface
    protected interface Load {
        void run() throws IOException;
    }

    private final Feeds feeds = new Feeds();
    private volatile String id, name;
    private volatile URI ws;
    private volatile long staleMillis;
    private volatile String source = "";
    private volatile String problem = "";
    private Load pending; // the symbol-list load, until first use
    private String pendingWhat;
    private CountDownLatch loaded;
    private volatile String loadProblem = "";

    /**
     * The configuration has problems ({@link ConfigCheck#problems()}; empty: none): the connector stays
     * registered, reports FAILED, and refuses history and subscriptions with this reason.
     */
    protected final void configProblems(String problems) {
        this.problem = problems == null ? "" : problems;
        if (!problem.isEmpty()) LOG.warning(problem);
    }

    /** Throws with the configuration's problems, if it has any; call it first in loadHistory and subscribe. */
    protected final void requireUsable() {
        if (!problem.isEmpty()) throw new IllegalStateException(name + " cannot be used: " + problem);
    }

    /**
     * Configures what every exchange connector has, checked ({@link ConfigCheck}): its id and name, the
     * WebSocket and REST endpoints (secure unless on this machine or {@code allowInsecure = true}) and
     * {@code staleSeconds} (2–600), reading {@code raw} (the .cfg file's values) where it has them and the
     * typed ones otherwise. Returns the check for the connector's own settings; pass its
     * {@link ConfigCheck#problems()} to {@link #configProblems} at the end.
     */
    protected final ConfigCheck configure(String pid, String id, String name, String wsUrl, String restUrl,
            IntSupplier staleSeconds, Map<String, ?> raw) {
        ConfigCheck check = new ConfigCheck("etc/" + pid + "-*.cfg with id = " + id, raw);
        String ws = check.endpoint("wsUrl", wsUrl, "wss", "ws");
        String rest = check.endpoint("restUrl", restUrl, "https", "http");
        int stale = (int) check.whole("staleSeconds", 2, 600, staleSeconds::getAsInt);
        configure(id, name, ws, stale);
        source(ws, rest);
        return check;
    }

    protected final void configure(String id, String name, String wsUrl, int staleSeconds) {
        this.id = id;
        this.name = name;
        URI uri;
        try {
            uri = URI.create(wsUrl);
        } catch (IllegalArgumentException e) {
            uri = URI.create("wss://invalid.invalid/"); // the check has said why; nothing is ever sent there
        }
        this.ws = uri;
        this.staleMillis = staleSeconds * 1000L;
    }

    /** The endpoints this connector reads ({@link MarketDataConnector#source}): its history is kept per source. */
    protected final void source(String wsUrl, String restUrl) {
        this.source = wsUrl + " " + restUrl;
    }

    @Override
    public final String source() {
        return source;
    }

    /**
     * Runs {@code load} on a background thread the first time {@link #firstUse} is called; on failure the
     * connector keeps its built-in list.
     */
    protected final synchronized void loadOnFirstUse(String what, Load load) {
        pendingWhat = what;
        pending = load;
        loaded = new CountDownLatch(1);
    }

    /**
     * Starts the symbol-list load if it has not started, and waits for it up to {@code timeoutMillis}. A
     * connector calls it before it refuses a symbol its built-in list lacks: no symbol is refused before the
     * exchange was asked. Returns true when the load has finished (or there is none).
     */
    protected final boolean awaitSymbols(long timeoutMillis) {
        firstUse();
        CountDownLatch l;
        synchronized (this) {
            l = loaded;
        }
        if (l == null) return true;
        try {
            return l.await(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Call where the symbol list is needed: starts the pending load once. Returns at once. */
    protected final void firstUse() {
        Load load;
        String what;
        CountDownLatch done;
        synchronized (this) {
            load = pending;
            what = pendingWhat;
            done = loaded;
            pending = null;
        }
        if (load == null) return;
        feeds.background(id + "-" + what.replace(' ', '-'), () -> {
            try {
                load.run();
            } catch (IOException | RuntimeException e) {
                loadProblem = what + " could not be loaded: " + e.getMessage();
                LOG.info(name + "'s " + what + " is not available (" + e.getMessage() + "); using the built-in list");
            } finally {
                done.countDown();
            }
        });
    }


    /**
     * Why the symbol list is the built-in one ({@code "pair list could not be loaded: …"}), or empty: put it in
     * a refusal, so that "no such symbol" is not mistaken for the exchange's answer.
     */
    protected final String symbolsProblem() {
        return loadProblem;
    }

    protected final Subscription start(LiveFeed feed) {
        return feeds.start(feed);
    }

    protected final URI ws() {
        return ws;
    }

    protected final long staleMillis() {
        return staleMillis;
    }

    /** Where feeds report their states (for {@link #state()}). */
    protected final java.util.function.BiConsumer<ConnectionState, String> states() {
        return feeds.states();
    }

    /** Stops every feed and the background task; call it from the component's {@code @Deactivate}. */
    protected final void close() {
        feeds.close();
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ConnectionState state() {
        return problem.isEmpty() ? feeds.state() : ConnectionState.FAILED;
    }
}
