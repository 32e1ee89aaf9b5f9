/** History kept on disk between runs: fixed-record bar files behind the {@link org.candela.chart.store.HistoryCache} interface. */
package org.candela.chart.store;
