/**
 * Draw lists: what a frame contains as plain data (quads, segments, text) in pixel coordinates. The
 * renderer depends on this package only; nothing here knows GL.
 */
package org.candela.chart.draw;
