package org.candela.connector.binance;

import java.net.URI;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.support.FrameDecoder;
import org.osgi.service.component.annotations.Component;

/** Binance stream frames decoded as the live link decodes them (see {@link FrameDecoder}). */
@Component(service = FrameDecoder.class)
public final class BinanceDecoder implements FrameDecoder {

    @Override
    public String exchange() {
        return "binance";
    }

    @Override
    public Stream open(String symbol, int minutes, LiveListener listener) {
        String binance = symbol.replace("/", "");
        BinanceFeed feed = new BinanceFeed(binance, minutes + "m", org.candela.marketdata.api.Timeframe.ofMillis(minutes * 60_000L), listener, null,
                URI.create("ws://127.0.0.1:9/"), 10_000, (s, d) -> { });
        return new Stream() {
            public void frame(String text) {
                feed.message(text);
            }

            public long bad() {
                return feed.badFrames();
            }
        };
    }
}
