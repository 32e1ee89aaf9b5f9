package org.candela.connector.replay;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the replay feed, read from {@code etc/org.candela.connector.replay.cfg}. */
@ObjectClassDefinition(name = "Candela replay feed", description = "Offline simulated market data")
public @interface ReplayConfig {

    @AttributeDefinition(description = "Replayed minutes per real minute (1 = real time, 60 = a candle a second)", min = "0.01", max = "10000")
    double speed() default 1.0;

    @AttributeDefinition(description = "One-minute bars of history generated per symbol", min = "100", max = "20000000")
    int historyBars() default 100_000;

    @AttributeDefinition(description = "Milliseconds between replayed trades (1 = 1,000 trades a second, for load tests)", min = "1", max = "250")
    int tickMillis() default 200;

    @AttributeDefinition(description = "Folder of imported CSV files (bars or trades), each offered as a symbol; empty for none")
    String csvDir() default "";

    @AttributeDefinition(description = "Percent of an imported CSV shown as history; the rest is played live", min = "1", max = "99")
    int csvHistoryPercent() default 50;
}
