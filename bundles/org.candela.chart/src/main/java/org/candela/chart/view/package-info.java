/** Views: turn the model into draw lists (layout, autoscale, axes, legend, crosshair). */
package org.candela.chart.view;
