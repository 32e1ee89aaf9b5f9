/**
 * Shared machinery for connector bundles: {@link org.candela.marketdata.support.LiveSocket} (a WebSocket
 * that reconnects with exponential backoff and jitter and watches for silence),
 * {@link org.candela.marketdata.support.Http} (GET with clear errors for HTTP failures and 429s),
 * {@link org.candela.marketdata.support.TradeFilter} (drops duplicate and out-of-order trades) and
 * {@link org.candela.marketdata.support.Json} (exact decimals from JSON numbers or strings).
 *
 * <p>1.1: {@code LiveFeed} takes a {@code Timeframe} (the {@code long} constructor is deprecated) and
 * {@code repair(from, to)} fetches candles a live link lost; trades carry their id as a sequence;
 * {@code ExchangeConnector.awaitSymbols} and {@code source}; {@code MessageReader.ignored}; typed JSON
 * readers ({@code Json.number}, {@code decimalText}, {@code wholeNumber}, {@code wholeText}, {@code bool},
 * {@code string}); {@code Http} sends cleartext as HTTP/1.1.
 */
@Export
@Version("1.1.0")
package org.candela.marketdata.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
