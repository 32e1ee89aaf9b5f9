/** Columnar bar and value storage: primitive arrays, no object per bar. */
package org.candela.chart.data;
