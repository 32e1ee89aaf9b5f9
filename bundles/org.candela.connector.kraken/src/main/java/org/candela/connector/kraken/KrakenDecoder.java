package org.candela.connector.kraken;

import java.net.URI;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.support.FrameDecoder;
import org.osgi.service.component.annotations.Component;

/** Kraken WebSocket v2 frames decoded as the live link decodes them (see {@link FrameDecoder}). */
@Component(service = FrameDecoder.class)
public final class KrakenDecoder implements FrameDecoder {

    @Override
    public String exchange() {
        return "kraken";
    }

    @Override
    public Stream open(String symbol, int minutes, LiveListener listener) {
        KrakenSymbols.Pair pair = KrakenSymbols.defaults().pair(symbol);
        if (pair == null) pair = new KrakenSymbols.Pair(symbol, symbol, symbol.replace("/", ""), symbol);
        KrakenFeed feed = new KrakenFeed(pair, minutes, listener, null, URI.create("ws://127.0.0.1:9/"), 10_000, (s, d) -> { });
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
