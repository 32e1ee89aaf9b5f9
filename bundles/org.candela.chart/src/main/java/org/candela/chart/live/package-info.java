/** Live data from connector threads to the UI thread, coalesced per frame. */
package org.candela.chart.live;
