package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import org.candela.chart.draw.QuadBuffer;
import org.candela.chart.draw.TextBuffer;

/**
 * Rectangles as indexed triangles: solid ones (candle bodies, wicks, bars, grid, and trapezoids: sloped
 * bands) and textured ones (glyphs from the atlas), one draw call per buffer. A vertex is
 * {@code x y, u v, rgba8}; {@code u < 0} means solid.
 */
final class QuadPass extends Pass {

    private static final int STRIDE = 4 * 4 + 4;
    private static final String VS = """
            #version 330 core
            layout(location = 0) in vec2 position;
            layout(location = 1) in vec2 uv;
            layout(location = 2) in vec4 color;
            uniform vec2 viewport;
            uniform float offsetX;
            out vec2 vUv;
            out vec4 vColor;
            flat out int vTextured;
            flat out vec2 vDash;
            void main() {
                vUv = uv;
                vTextured = uv.x < 0.0 ? 0 : 1;
                vDash = uv.x < -1.5 ? vec2(-uv.x - 1.0, uv.y) : vec2(0.0);
                vColor = color;
                gl_Position = vec4((position.x + offsetX) / viewport.x * 2.0 - 1.0, 1.0 - position.y / viewport.y * 2.0, 0.0, 1.0);
            }
            """;
    private static final String FS = """
            #version 330 core
            in vec2 vUv;
            in vec4 vColor;
            flat in int vTextured;
            flat in vec2 vDash;
            uniform sampler2D atlas;
            out vec4 fragColor;
            void main() {
                if (vDash.x > 0.0) {
                    float along = vDash.y > 0.0 ? gl_FragCoord.x : gl_FragCoord.y;
                    if (mod(along, vDash.x) >= abs(vDash.y)) discard;
                }
                float a = vTextured == 1 ? texture(atlas, vUv).r : 1.0;
                fragColor = vec4(vColor.rgb, vColor.a * a);
            }
            """;

    private final QuadIndices indices;
    private final int texture;
    private final GlyphAtlas atlas;

    QuadPass(GL3 gl, GlyphAtlas atlas) {
        this(gl, atlas, new QuadIndices(gl));
    }

    private QuadPass(GL3 gl, GlyphAtlas atlas, QuadIndices indices) {
        super(gl, VS, FS, STRIDE, g -> {
            GlUtil.attribute(g, 0, 2, GL3.GL_FLOAT, false, STRIDE, 0);
            GlUtil.attribute(g, 1, 2, GL3.GL_FLOAT, false, STRIDE, 8);
            GlUtil.attribute(g, 2, 4, GL3.GL_UNSIGNED_BYTE, true, STRIDE, 16);
        }, indices);
        this.atlas = atlas;
        this.indices = indices;
        texture = GlUtil.alphaTexture(gl, atlas.atlasWidth(), atlas.atlasHeight(), atlas.pixels());
    }

    /** Draws the rectangles with the buffer of {@code slot}; returns how many. */
    int drawQuads(QuadBuffer quads, int slot, int w, int h, FrameStats stats) {
        int n = quads.count();
        if (n == 0) return 0;
        Slots.Slot current = slots.get(slot);
        ByteBuffer b = current.vertices().begin(n * 4);
        float[] r = quads.rects(), d = quads.dashes(), right = quads.rightEdges();
        int[] c = quads.colors(), bottom = quads.bottomColors();
        for (int i = 0; i < n; i++) {
            int o = i * 4;
            float on = d[i * 2], period = on + d[i * 2 + 1];
            if (on > 0) {
                // dashed: u = -(period + 1) < -1.5, v = on, negative when the dashes run vertically
                boolean vertical = r[o + 3] - r[o + 1] > r[o + 2] - r[o];
                float u = -(period + 1), v = vertical ? -on : on;
                put(b, r[o], r[o + 1], r[o + 2], r[o + 3], u, v, u, v, c[i], bottom[i]);
            } else {
                put(b, r[o], r[o + 1], r[o + 2], r[o + 3], right[2 * i], right[2 * i + 1], c[i], bottom[i]);
            }
        }
        drawIndexed(current, n, w, h, stats);
        return n;
    }

    /** Draws the text runs as glyph quads with the buffer of {@code slot}; returns the glyph count. */
    int drawTexts(TextBuffer texts, int slot, int w, int h, FrameStats stats) {
        int glyphs = 0;
        for (int i = 0; i < texts.count(); i++) glyphs += texts.text(i).length();
        if (glyphs == 0) return 0;
        Slots.Slot current = slots.get(slot);
        ByteBuffer b = current.vertices().begin(glyphs * 4);
        float aw = atlas.atlasWidth(), ah = atlas.atlasHeight(), lh = atlas.lineHeight();
        int n = 0;
        for (int i = 0; i < texts.count(); i++) {
            String s = texts.text(i);
            float x = texts.x(i);
            int align = texts.align(i);
            if (align != TextBuffer.LEFT) {
                float tw = atlas.width(s);
                x -= align == TextBuffer.CENTER ? Math.round(tw / 2) : tw;
            }
            x = Math.round(x);
            float y = Math.round(texts.y(i));
            for (int k = 0; k < s.length(); k++) {
                int glyph = atlas.slot(s.charAt(k));
                if (s.charAt(k) != ' ') {
                    float gx = x - GlyphAtlas.pad(), cw = atlas.cellWidth(glyph);
                    float u0 = atlas.cellX(glyph) / aw, v0 = atlas.cellY(glyph) / ah;
                    put(b, gx, y, gx + cw, y + lh, u0, v0, u0 + cw / aw, v0 + lh / ah, texts.color(i), texts.color(i));
                    n++;
                }
                x += atlas.advance(glyph);
            }
        }
        drawIndexed(current, n, w, h, stats);
        return n;
    }

    /** A solid trapezoid's 4 corners: its left side at x0 from y0 to y1, its right side at x1 from y0r to y1r. */
    private static void put(ByteBuffer b, float x0, float y0, float x1, float y1, float y0r, float y1r, int top, int bottom) {
        b.putFloat(x0).putFloat(y0).putFloat(-1).putFloat(0);
        VertexBuffer.putColor(b, top);
        b.putFloat(x1).putFloat(y0r).putFloat(-1).putFloat(0);
        VertexBuffer.putColor(b, top);
        b.putFloat(x0).putFloat(y1).putFloat(-1).putFloat(0);
        VertexBuffer.putColor(b, bottom);
        b.putFloat(x1).putFloat(y1r).putFloat(-1).putFloat(0);
        VertexBuffer.putColor(b, bottom);
    }

    /** The 4 corners of a rectangle: top left, top right, bottom left, bottom right. */
    private static void put(ByteBuffer b, float x0, float y0, float x1, float y1, float u0, float v0, float u1,
            float v1, int top, int bottom) {
        b.putFloat(x0).putFloat(y0).putFloat(u0).putFloat(v0);
        VertexBuffer.putColor(b, top);
        b.putFloat(x1).putFloat(y0).putFloat(u1).putFloat(v0);
        VertexBuffer.putColor(b, top);
        b.putFloat(x0).putFloat(y1).putFloat(u0).putFloat(v1);
        VertexBuffer.putColor(b, bottom);
        b.putFloat(x1).putFloat(y1).putFloat(u1).putFloat(v1);
        VertexBuffer.putColor(b, bottom);
    }

    private void drawIndexed(Slots.Slot slot, int quads, int w, int h, FrameStats stats) {
        draw(slot, quads, w, h, stats, () -> {
            indices.bind(quads);
            gl.glDrawElements(GL3.GL_TRIANGLES, quads * 6, GL3.GL_UNSIGNED_INT, 0);
        });
    }

    @Override
    protected void bindExtras() {
        gl.glActiveTexture(GL3.GL_TEXTURE0);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, texture);
    }

    @Override
    public void close() {
        super.close();
        indices.close();
        gl.glDeleteTextures(1, new int[] {texture}, 0);
    }
}
