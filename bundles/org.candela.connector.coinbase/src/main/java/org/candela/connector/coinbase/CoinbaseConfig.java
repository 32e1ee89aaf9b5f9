package org.candela.connector.coinbase;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the Coinbase connector, read from {@code etc/org.candela.connector.coinbase-<name>.cfg}
 * (a factory configuration: one connector per file). */
@ObjectClassDefinition(name = "Candela Coinbase connector", description = "Coinbase Advanced Trade market data")
public @interface CoinbaseConfig {

    @AttributeDefinition(description = "The connector's id (--connector); another file org.candela.connector.coinbase-<name>.cfg with another id adds a second Coinbase connector")
    String id() default "coinbase";

    @AttributeDefinition(description = "The name shown to users")
    String name() default "Coinbase";

    @AttributeDefinition(description = "Advanced Trade WebSocket endpoint")
    String wsUrl() default "wss://advanced-trade-ws.coinbase.com";

    @AttributeDefinition(description = "REST endpoint (public product candles)")
    String restUrl() default "https://api.coinbase.com";

    @AttributeDefinition(description = "Seconds without any frame (heartbeats come every second) before the link counts as stale; twice that reconnects", min = "2", max = "600")
    int staleSeconds() default 10;

    @AttributeDefinition(description = "Products offered, as Coinbase names them")
    String[] products() default {"BTC-USD", "ETH-USD", "SOL-USD", "XRP-USD", "DOGE-USD", "BTC-EUR", "ETH-BTC", "BTC-USDC"};

    @AttributeDefinition(description = "Allow ws:// and http:// endpoints on other machines (unencrypted); off: only wss:// and https://, or plain on this machine")
    boolean allowInsecure() default false;
}
