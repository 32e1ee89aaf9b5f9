/**
 * The GL renderer: draws a {@link org.candela.chart.draw.DrawList} with a few instanced draw calls, into a
 * window's context or offscreen. Knows the draw list only; no SWT, no chart state.
 */
package org.candela.render.gl;
