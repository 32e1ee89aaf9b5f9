package org.candela.marketdata.support;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.candela.marketdata.api.ConnectionState;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;

/**
 * A WebSocket that stays up: it connects on a thread of its own, calls {@link Handler#opened} on every
 * (re)connect so the connector subscribes again, and reconnects with exponential backoff and full jitter
 * (0.5 s doubling to 30 s) when the link drops, fails, or goes silent. Silence is watched: no message for
 * {@code staleMillis} reports STALE, twice that closes the socket and reconnects (on a monotonic clock). A
 * close the server does not answer within {@link #CLOSE_DEADLINE_MILLIS} drops the connection, so neither a
 * reconnect nor {@link #close} waits on a server that ignores the close handshake; {@link #close} stops the
 * threads and the socket and returns when they are gone, so a connector that closes its sockets on
 * deactivate leaves nothing running. A frame larger than {@link #MAX_FRAME_BYTES} (far above any exchange
 * message) ends the connection before anything that size is allocated.
 *
 * <pre>{@code
 * LiveSocket ws = new LiveSocket("kraken", URI.create("wss://ws.kraken.com/v2"), handler, listener::onState, 10_000);
 * ws.start();          // handler.opened(ws) → ws.send(subscribe); handler.message(text) per frame
 * ws.close();          // on unsubscribe or deactivate
 * }</pre>
 */
public final class LiveSocket implements AutoCloseable {

    /** What a connector does with its socket. Both methods run on the socket's threads. */
    public interface Handler {
        /** Connected (the first time or again): send the subscriptions now. */
        void opened(LiveSocket socket);

        /** One text frame. An exception is logged and counted, never fatal. */
        void message(String text);

        /** The link went quiet (reported STALE): a chance to ping the server before it is rebuilt. */
        default void silent(LiveSocket socket) {
        }
    }

    private static final Logger LOG = Logger.getLogger(LiveSocket.class.getName());
    private static final long FIRST_BACKOFF = 500, MAX_BACKOFF = 30_000, CONNECT_TIMEOUT = 10_000;
    /** The largest frame accepted: 8 MiB. */
    public static final int MAX_FRAME_BYTES = 8 << 20;
    /** How long a close waits for the server's answer before the connection is dropped. */
    public static final long CLOSE_DEADLINE_MILLIS = 2_000;

    private final String name;
    private final URI uri;
    private final Handler handler;
    private final BiConsumer<ConnectionState, String> states;
    private final long staleMillis;
    private final AtomicLong messages = new AtomicLong(), errors = new AtomicLong(), connects = new AtomicLong();
    private final Object lock = new Object();
    private volatile boolean closed;
    private volatile long lastMessage;
    private volatile Client client;
    private volatile String dropReason;
    private Thread supervisor;

    public LiveSocket(String name, URI uri, Handler handler, BiConsumer<ConnectionState, String> states, long staleMillis) {
        this.name = name;
        this.uri = uri;
        this.handler = handler;
        this.states = states;
        this.staleMillis = staleMillis;
    }

    public synchronized void start() {
        if (supervisor != null) throw new IllegalStateException("already started");
        supervisor = new Thread(this::supervise, "candela-" + name + "-socket");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /** Sends a text frame; false when not connected (it will be re-sent by {@link Handler#opened}). */
    public boolean send(String text) {
        Client c = client;
        if (c == null || !c.isOpen()) return false;
        try {
            c.send(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Drops the connection and reconnects (a server shutdown notice, a sequence gap). */
    public void reconnect(String why) {
        Client c = client;
        dropReason = why;
        if (c != null) c.close(); // the supervisor drops it if the server does not answer
    }

    /** Frames received, handler failures, successful connections (the first included). */
    public long messages() {
        return messages.get();
    }

    public long errors() {
        return errors.get();
    }

    public long connects() {
        return connects.get();
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = supervisor;
        }
        synchronized (lock) {
            lock.notifyAll();
        }
        Client c = client;
        if (c != null) closeWithin(c, CLOSE_DEADLINE_MILLIS);
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        states.accept(ConnectionState.CLOSED, "closed");
    }

    private void supervise() {
        int attempt = 0;
        String why = "";
        while (!closed) {
            states.accept(attempt == 0 ? ConnectionState.CONNECTING : ConnectionState.RECONNECTING,
                    (attempt == 0 ? "connecting to " : "reconnecting to ") + uri.getHost() + (why.isEmpty() ? "" : " (" + why + ")"));
            Client c = new Client(uri);
            client = c;
            long before = messages.get();
            why = session(c);
            if (messages.get() > before) attempt = 0; // it worked for a while: start the backoff over
            if (closed) break;
            long delay = backoff(attempt++);
            states.accept(ConnectionState.RECONNECTING, why + "; again in " + Math.max(1, Math.round(delay / 1000.0)) + " s");
            pause(delay);
        }
        client = null;
    }

    /** One connection, from connecting to its end; returns why it ended. */
    private String session(Client c) {
        try {
            if (!c.connectBlocking(CONNECT_TIMEOUT, TimeUnit.MILLISECONDS)) {
                c.close();
                return c.failure != null ? c.failure : "no connection within " + CONNECT_TIMEOUT / 1000 + " s";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        connects.incrementAndGet();
        lastMessage = now();
        dropReason = null;
        states.accept(ConnectionState.LIVE, "connected to " + uri.getHost());
        try {
            handler.opened(this);
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            LOG.log(Level.WARNING, name + ": subscribing failed", e);
        }
        boolean stale = false;
        long dropAsked = 0;
        while (!closed) {
            try {
                if (c.done.await(250, TimeUnit.MILLISECONDS)) break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (dropReason != null) { // reconnect() asked: give the close handshake its deadline, then drop
                if (dropAsked == 0) dropAsked = now();
                else if (now() - dropAsked > CLOSE_DEADLINE_MILLIS) {
                    c.closeConnection(1006, "the server did not answer the close");
                    break;
                }
            }
            long silent = now() - lastMessage;
            if (silent > 2 * staleMillis) {
                dropReason = "no data for " + silent / 1000 + " s";
                closeWithin(c, CLOSE_DEADLINE_MILLIS); // a server that ignores the close is dropped, not waited on
                break;
            } else if (silent > staleMillis && !stale) {
                stale = true;
                states.accept(ConnectionState.STALE, "no data for " + silent / 1000 + " s");
                try {
                    handler.silent(this);
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                }
            } else if (silent <= staleMillis && stale) {
                stale = false;
                states.accept(ConnectionState.LIVE, "data again");
            }
        }
        if (closed) {
            closeWithin(c, CLOSE_DEADLINE_MILLIS);
            return "closed";
        }
        String reason = dropReason != null ? dropReason : c.failure != null ? c.failure : "connection closed";
        return reason;
    }

    /** Starts the close handshake, and drops the connection when the server has not answered in time. */
    private static void closeWithin(Client c, long millis) {
        c.close();
        try {
            if (!c.done.await(millis, TimeUnit.MILLISECONDS)) c.closeConnection(1006, "the server did not answer the close");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            c.closeConnection(1006, "interrupted");
        }
    }

    private static long now() {
        return System.nanoTime() / 1_000_000; // monotonic: a clock step never fakes silence or hides it
    }

    private static long backoff(int attempt) {
        long cap = Math.min(MAX_BACKOFF, FIRST_BACKOFF << Math.min(attempt, 16));
        return cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1); // jitter: a crowd does not return at once
    }

    private void pause(long millis) {
        long end = now() + millis;
        synchronized (lock) {
            long left;
            while (!closed && (left = end - now()) > 0) {
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Java-WebSocket's client, reporting into this socket. */
    private final class Client extends WebSocketClient {
        final CountDownLatch done = new CountDownLatch(1);
        volatile String failure;

        Client(URI uri) {
            super(uri, new Draft_6455(java.util.Collections.emptyList(), MAX_FRAME_BYTES));
            setConnectionLostTimeout(0); // the silence watchdog above does this, per exchange
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
        }

        @Override
        public void onMessage(String message) {
            lastMessage = now();
            messages.incrementAndGet();
            try {
                handler.message(message);
            } catch (RuntimeException e) {
                errors.incrementAndGet();
                LOG.log(Level.FINE, name + ": a message failed", e);
            }
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            if (failure == null) {
                failure = (remote ? "closed by the server" : "closed") + " (" + code + (reason == null || reason.isEmpty() ? "" : " " + reason) + ")";
            }
            done.countDown();
        }

        @Override
        public void onError(Exception ex) {
            failure = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        }
    }
}
