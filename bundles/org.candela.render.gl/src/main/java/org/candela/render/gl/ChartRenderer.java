package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.DrawList;
import org.candela.chart.draw.TextBuffer;

/**
 * Draws a {@link DrawList}: per layer one draw call for quads, one for segments and one for glyphs,
 * scissored to the layer's clip. Owns its GL objects; create, use and close it on the thread that owns the
 * context, with the context current.
 *
 * <pre>{@code
 * try (ChartRenderer r = new ChartRenderer(gl, atlas)) {
 *     r.draw(drawList);   // context current, viewport = drawList size
 * }
 * }</pre>
 */
public final class ChartRenderer implements AutoCloseable {

    private final GL3 gl;
    private final QuadPass quads;
    private final SegmentPass segments;
    private final ColumnPass columns;
    private QuadPass watermark;
    private GlyphAtlas watermarkAtlas;
    private final TextBuffer watermarkRun = new TextBuffer();
    private final FrameStats stats = new FrameStats();

    public ChartRenderer(GL3 gl, GlyphAtlas atlas) {
        this.gl = gl;
        quads = new QuadPass(gl, atlas);
        segments = new SegmentPass(gl);
        columns = new ColumnPass(gl);
    }

    /** Counters of the last {@link #draw}. */
    public FrameStats stats() {
        return stats;
    }

    public void draw(DrawList list) {
        stats.reset();
        int w = list.width(), h = list.height();
        int bg = list.background();
        gl.glViewport(0, 0, w, h);
        gl.glDisable(GL3.GL_DEPTH_TEST);
        gl.glClearColor(((bg >> 16) & 255) / 255f, ((bg >> 8) & 255) / 255f, (bg & 255) / 255f, 1f);
        gl.glClear(GL3.GL_COLOR_BUFFER_BIT);
        gl.glEnable(GL3.GL_BLEND);
        gl.glBlendFuncSeparate(GL3.GL_SRC_ALPHA, GL3.GL_ONE_MINUS_SRC_ALPHA, GL3.GL_ONE, GL3.GL_ONE_MINUS_SRC_ALPHA);
        if (list.watermark().count() > 0) drawWatermark(list, w, h);
        for (int i = 0; i < list.layerCount(); i++) {
            DrawLayer layer = list.layer(i);
            if (layer.clipped()) {
                gl.glEnable(GL3.GL_SCISSOR_TEST);
                gl.glScissor(layer.clipX(), h - layer.clipY() - layer.clipH(), layer.clipW(), layer.clipH());
            }
            quads.offsetX = columns.offsetX = segments.offsetX = layer.translateX();
            quads.drawQuads(layer.quads, 2 * i, w, h, stats);
            columns.draw(layer.columns, i, w, h, stats);
            segments.draw(layer.segments, i, w, h, stats);
            quads.drawTexts(layer.texts, 2 * i + 1, w, h, stats);
            if (layer.clipped()) gl.glDisable(GL3.GL_SCISSOR_TEST);
        }
        quads.offsetX = columns.offsetX = segments.offsetX = 0;
        gl.glUseProgram(0);
    }

    /** The watermark from a 64-pixel atlas, made on first use; its y moves from the middle to the top. */
    private void drawWatermark(DrawList list, int w, int h) {
        if (watermark == null) {
            watermarkAtlas = new GlyphAtlas(64);
            watermark = new QuadPass(gl, watermarkAtlas);
        }
        TextBuffer source = list.watermark();
        watermarkRun.clear();
        watermarkRun.add(source.text(0), source.x(0), source.y(0) - watermarkAtlas.lineHeight() / 2f, TextBuffer.CENTER,
                source.color(0));
        watermark.drawTexts(watermarkRun, 0, w, h, stats);
    }

    @Override
    public void close() {
        quads.close();
        segments.close();
        columns.close();
        if (watermark != null) watermark.close();
    }
}
