package org.candela.marketdata.api;

/** Where a connector's live link stands; shown in the workstation's status bar. */
public enum ConnectionState {
    /** Opening the connection for the first time. */
    CONNECTING,
    /** Subscribed; data is flowing. */
    LIVE,
    /** Connected, but no message arrived within the expected interval. */
    STALE,
    /** The link dropped; trying again with backoff. */
    RECONNECTING,
    /** Gave up, or the exchange refused (the detail text says why). */
    FAILED,
    /** Closed on request. */
    CLOSED
}
