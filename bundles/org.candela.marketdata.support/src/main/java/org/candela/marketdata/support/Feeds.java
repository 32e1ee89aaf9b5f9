package org.candela.marketdata.support;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BiConsumer;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.Subscription;

/**
 * A connector's running parts: its live feeds, a background task (loading the symbol list), and the state
 * of its newest link. {@link #close} on deactivate stops all of them and waits for their threads.
 *
 * <pre>{@code
 * feeds.background("kraken-symbols", this::loadSymbols);              // in activate
 * return feeds.start(new KrakenFeed(..., feeds.states()));             // in subscribe
 * feeds.close();                                                       // in deactivate
 * }</pre>
 */
public final class Feeds implements AutoCloseable {

    private final Set<LiveFeed> running = new CopyOnWriteArraySet<>();
    private volatile ConnectionState state = ConnectionState.CLOSED;
    private Thread task;

    /** Runs {@code work} on a daemon thread {@code candela-<name>}; interrupted and joined by {@link #close}. */
    public synchronized void background(String name, Runnable work) {
        task = new Thread(work, "candela-" + name);
        task.setDaemon(true);
        task.start();
    }

    /** Where feeds report their states, for {@link #state()}. */
    public BiConsumer<ConnectionState, String> states() {
        return (s, detail) -> state = s;
    }

    /** Starts a feed; closing the returned subscription stops it. */
    public Subscription start(LiveFeed feed) {
        running.add(feed);
        feed.start();
        return () -> {
            running.remove(feed);
            feed.close();
        };
    }

    /** The state the newest report gave. */
    public ConnectionState state() {
        return state;
    }

    @Override
    public void close() {
        for (LiveFeed f : running) f.close();
        running.clear();
        Thread t;
        synchronized (this) {
            t = task;
        }
        if (t == null) return;
        t.interrupt();
        try {
            t.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
