/** Time and price scales: index↔x, price↔y, tick steps and labels. No UI toolkit. */
package org.candela.chart.scale;
