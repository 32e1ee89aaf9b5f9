/**
 * The market-data SPI: what a connector bundle implements so that Candela can chart an exchange's data.
 *
 * <p>A connector is a DS component that provides {@link org.candela.marketdata.api.MarketDataConnector}.
 * The workstation finds it dynamically: drop the bundle into {@code plugins/} and its symbols appear.
 *
 * <pre>{@code
 * @Component(service = MarketDataConnector.class)
 * public final class MyExchange implements MarketDataConnector {
 *     public String id() { return "myexchange"; }
 *     public String name() { return "My Exchange"; }
 *     public List<String> symbols() { return List.of("BTC/USD"); }
 *     public int loadHistory(HistoryRequest request, BarSink sink) throws IOException {
 *         // fetch request.maxBars() bars that open before request.endMillis(), oldest first
 *         sink.bar(openTime, open, high, low, close, volume);
 *         return 1;
 *     }
 *     public Subscription subscribe(String symbol, Timeframe timeframe, LiveListener listener) {
 *         // start a socket; call listener.onTrade / onBar / onState from its thread
 *         return () -> { } // stop it
 *     }
 * }
 * }</pre>
 *
 * <p>Threading: connectors call {@link org.candela.marketdata.api.BarSink} and
 * {@link org.candela.marketdata.api.LiveListener} from their own threads; the host buffers the calls
 * and applies them on its UI thread at most once per frame. Callbacks carry primitives only, so a tick
 * costs no allocation.
 *
 * <p>1.1: {@link org.candela.marketdata.api.Timeframe} has weeks opening on Monday, calendar months
 * ({@code 1M}), canonical labels ({@code 60m} is {@code 1h}) and {@code nextOpen}; a trade may carry its
 * exchange sequence ({@code LiveListener.onTrade(time, sequence, price, size)}), so that the newest trade
 * sets the close whatever order a batch arrives in; {@code MarketDataConnector.source()} names the endpoints
 * (history is kept per source); a slow history request reports {@code BarSink.progress} and honours
 * {@code BarSink.stopped()} and an interrupted thread (the user cancelled).
 */
@Export
@Version("1.1.0")
package org.candela.marketdata.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
