/**
 * Shared machinery for connector bundles: {@link org.candela.marketdata.support.LiveSocket} (a WebSocket
 * that reconnects with exponential backoff and jitter and watches for silence),
 * {@link org.candela.marketdata.support.Http} (GET with clear errors for HTTP failures and 429s),
 * {@link org.candela.marketdata.support.TradeFilter} (drops duplicate and out-of-order trades) and
 * {@link org.candela.marketdata.support.Json} (exact decimals from JSON numbers or strings).
 */
@Export
@Version("1.0.0")
package org.candela.marketdata.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
