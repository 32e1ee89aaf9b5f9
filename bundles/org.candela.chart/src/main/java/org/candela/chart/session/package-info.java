/** A chart bound to a connector and its indicators: history, live data, indicator bindings. */
package org.candela.chart.session;
