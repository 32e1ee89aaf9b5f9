package org.candela.marketdata.support;

import org.candela.marketdata.api.LiveListener;

/**
 * A connector's live wire format without the socket, registered as a service by connector bundles: tools
 * feed it recorded or generated frames (the {@code --bench ingest} throughput benchmark, replays of
 * captured sessions) and get the same {@link LiveListener} calls the live link would make, with the same
 * validation and de-duplication.
 *
 * <pre>{@code
 * FrameDecoder.Stream s = decoder.open("BTC/USD", 1, listener);   // one symbol at one-minute candles
 * s.frame("{\"channel\":\"trade\",\"data\":[...]}");                // → listener.onTrade(...)
 * long malformed = s.bad();
 * }</pre>
 */
public interface FrameDecoder {

    /** The connector id whose format this is: {@code kraken}. */
    String exchange();

    /** A decoder for one symbol (Candela's name) at candles of {@code minutes}. */
    Stream open(String symbol, int minutes, LiveListener listener);

    /** Decodes frames of one subscription, in order, on one thread. */
    interface Stream {
        void frame(String text);

        /** Frames (or entries in them) that were malformed and produced nothing. */
        long bad();
    }
}
