package org.candela.marketdata.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A live subscription; closing it stops the data and releases the connector's resources for it.
 *
 * <pre>{@code
 * try (Subscription s = connector.subscribe("BTC/USD", Timeframe.M1, listener)) {
 *     ...
 * }
 * }</pre>
 */
@ConsumerType
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    /** Stops the subscription. Idempotent, never throws. */
    @Override
    void close();
}
