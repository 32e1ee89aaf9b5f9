package org.candela.connector.binance;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the Binance connector, read from {@code etc/org.candela.connector.binance-<name>.cfg}
 * (a factory configuration: one connector per file). */
@ObjectClassDefinition(name = "Candela Binance connector", description = "Binance spot market data")
public @interface BinanceConfig {

    @AttributeDefinition(description = "The connector's id (--connector); another file org.candela.connector.binance-<name>.cfg with another id adds a second Binance connector")
    String id() default "binance";

    @AttributeDefinition(description = "The name shown to users")
    String name() default "Binance";

    @AttributeDefinition(description = "Combined-stream WebSocket endpoint")
    String wsUrl() default "wss://stream.binance.com:9443/stream";

    @AttributeDefinition(description = "REST endpoint (klines, exchangeInfo)")
    String restUrl() default "https://api.binance.com";

    @AttributeDefinition(description = "Seconds without any frame (klines come every 2 s) before the link counts as stale; twice that reconnects. Binance accepts unknown streams silently, so this is also how a dead subscription shows", min = "2", max = "600")
    int staleSeconds() default 10;

    @AttributeDefinition(description = "Fetch the symbol list from exchangeInfo at start (off: the built-in list)")
    boolean loadSymbols() default true;

    @AttributeDefinition(description = "Allow ws:// and http:// endpoints on other machines (unencrypted); off: only wss:// and https://, or plain on this machine")
    boolean allowInsecure() default false;
}
