package org.candela.connector.coinbase;

import java.net.URI;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.support.FrameDecoder;
import org.osgi.service.component.annotations.Component;

/** Coinbase Advanced Trade frames decoded as the live link decodes them (see {@link FrameDecoder}). */
@Component(service = FrameDecoder.class)
public final class CoinbaseDecoder implements FrameDecoder {

    @Override
    public String exchange() {
        return "coinbase";
    }

    @Override
    public Stream open(String symbol, int minutes, LiveListener listener) {
        CoinbaseFeed feed = new CoinbaseFeed(CoinbaseConnector.product(symbol), minutes, "ONE_MINUTE", listener, null,
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
