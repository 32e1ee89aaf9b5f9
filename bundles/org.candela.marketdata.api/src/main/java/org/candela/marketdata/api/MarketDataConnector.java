package org.candela.marketdata.api;

import java.io.IOException;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An exchange or feed, provided as an OSGi service by a connector bundle. See the package documentation
 * for a complete example.
 *
 * <p>Connectors must stop their threads and sockets when their component deactivates: uninstalling the
 * bundle must leave nothing running.
 */
@ConsumerType
public interface MarketDataConnector {

    /** A short stable id, lower case, used on the command line: {@code kraken}, {@code replay}. */
    String id();

    /** The name shown to users. */
    String name();

    /** The symbols offered, in Candela's form {@code BASE/QUOTE}, e.g. {@code BTC/USD}. */
    List<String> symbols();

    /** The timeframes offered; {@link Timeframe#STANDARD} unless the connector says otherwise. */
    default List<Timeframe> timeframes() {
        return Timeframe.STANDARD;
    }

    /**
     * Loads one page of history into {@code sink}, oldest first, blocking the calling (non-UI) thread.
     * A request that takes many calls reports its progress ({@link BarSink#progress}) and stops between
     * calls with an IOException when its thread is interrupted: the user cancelled it.
     *
     * @return the number of bars delivered; 0 when there is no older data
     * @throws IOException when the source cannot be read; the message is shown to the user
     */
    int loadHistory(HistoryRequest request, BarSink sink) throws IOException;

    /**
     * Starts live data for a symbol. Returns at once; data and state changes arrive on {@code listener}
     * from the connector's threads.
     *
     * @throws IllegalArgumentException for a symbol or timeframe the connector does not offer
     */
    Subscription subscribe(String symbol, Timeframe timeframe, LiveListener listener);

    /**
     * Where the data comes from, e.g. the endpoints an exchange connector is configured with: the host keeps
     * the history it loaded per source, so that data from a test server never mixes with the real
     * exchange's. Empty (the default) for a source that is not worth keeping: a simulation, a local file.
     *
     * <pre>{@code
     * public String source() { return wsUrl + " " + restUrl; }
     * }</pre>
     *
     * @since 1.1
     */
    default String source() {
        return "";
    }

    /** The current state of the live link. */
    ConnectionState state();
}
