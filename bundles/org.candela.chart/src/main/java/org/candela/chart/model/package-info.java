/** The chart model: bars, panes, series, crosshair and theme. Knows no UI toolkit and no GL. */
package org.candela.chart.model;
