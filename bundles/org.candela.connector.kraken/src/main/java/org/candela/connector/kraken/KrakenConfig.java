package org.candela.connector.kraken;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the Kraken connector, read from {@code etc/org.candela.connector.kraken-<name>.cfg}
 * (a factory configuration: one connector per file). */
@ObjectClassDefinition(name = "Candela Kraken connector", description = "Kraken spot market data")
public @interface KrakenConfig {

    @AttributeDefinition(description = "The connector's id (--connector); another file org.candela.connector.kraken-<name>.cfg with another id adds a second Kraken connector")
    String id() default "kraken";

    @AttributeDefinition(description = "The name shown to users")
    String name() default "Kraken";

    @AttributeDefinition(description = "WebSocket v2 endpoint")
    String wsUrl() default "wss://ws.kraken.com/v2";

    @AttributeDefinition(description = "REST endpoint (OHLC history, AssetPairs)")
    String restUrl() default "https://api.kraken.com";

    @AttributeDefinition(description = "Seconds without any frame (Kraken sends a heartbeat each idle second) before the link counts as stale; twice that reconnects", min = "2", max = "600")
    int staleSeconds() default 10;

    @AttributeDefinition(description = "Fetch the pair list from AssetPairs at start (off: the built-in list)")
    boolean loadSymbols() default true;

    @AttributeDefinition(description = "Allow ws:// and http:// endpoints on other machines (unencrypted); off: only wss:// and https://, or plain on this machine")
    boolean allowInsecure() default false;
}
