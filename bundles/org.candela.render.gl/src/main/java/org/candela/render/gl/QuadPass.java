package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import org.candela.chart.draw.QuadBuffer;
import org.candela.chart.draw.TextBuffer;

/**
 * Instanced rectangles: solid ones (candle bodies, wicks, bars, grid) and textured ones (glyphs from the
 * atlas). One instance is {@code x0 y0 x1 y1, u0 v0 u1 v1, rgba8}; {@code u0 < 0} means solid.
 */
final class QuadPass implements AutoCloseable {

    private static final int STRIDE = 8 * 4 + 4;
    private static final String VS = """
            #version 330 core
            layout(location = 0) in vec2 corner;
            layout(location = 1) in vec4 rect;
            layout(location = 2) in vec4 uv;
            layout(location = 3) in vec4 color;
            uniform vec2 viewport;
            out vec2 vUv;
            out vec4 vColor;
            flat out int vTextured;
            void main() {
                vec2 p = mix(rect.xy, rect.zw, corner);
                vUv = mix(uv.xy, uv.zw, corner);
                vTextured = uv.x < 0.0 ? 0 : 1;
                vColor = color;
                gl_Position = vec4(p.x / viewport.x * 2.0 - 1.0, 1.0 - p.y / viewport.y * 2.0, 0.0, 1.0);
            }
            """;
    private static final String FS = """
            #version 330 core
            in vec2 vUv;
            in vec4 vColor;
            flat in int vTextured;
            uniform sampler2D atlas;
            out vec4 fragColor;
            void main() {
                float a = vTextured == 1 ? texture(atlas, vUv).r : 1.0;
                fragColor = vec4(vColor.rgb, vColor.a * a);
            }
            """;

    private final GL3 gl;
    private final ShaderProgram program;
    private final InstanceBuffer instances;
    private final int vao, corners, texture;
    private final int uViewport;
    private final GlyphAtlas atlas;

    QuadPass(GL3 gl, GlyphAtlas atlas) {
        this.gl = gl;
        this.atlas = atlas;
        program = new ShaderProgram(gl, VS, FS);
        uViewport = program.uniform("viewport");
        instances = new InstanceBuffer(gl, STRIDE);
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
        corners = GlUtil.cornerBuffer(gl, new float[] {0, 0, 1, 0, 0, 1, 1, 1});
        gl.glBindVertexArray(vao);
        GlUtil.bindCorners(gl, corners);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, instances.id);
        GlUtil.instanceAttribute(gl, 1, 4, GL3.GL_FLOAT, false, STRIDE, 0);
        GlUtil.instanceAttribute(gl, 2, 4, GL3.GL_FLOAT, false, STRIDE, 16);
        GlUtil.instanceAttribute(gl, 3, 4, GL3.GL_UNSIGNED_BYTE, true, STRIDE, 32);
        gl.glBindVertexArray(0);
        texture = GlUtil.alphaTexture(gl, atlas.atlasWidth(), atlas.atlasHeight(), atlas.pixels());
    }

    /** Draws the rectangles; returns the instance count. */
    int drawQuads(QuadBuffer quads, int w, int h, FrameStats stats) {
        int n = quads.count();
        if (n == 0) return 0;
        ByteBuffer b = instances.begin(n);
        float[] r = quads.rects();
        int[] c = quads.colors();
        for (int i = 0; i < n; i++) {
            int o = i * 4;
            b.putFloat(r[o]).putFloat(r[o + 1]).putFloat(r[o + 2]).putFloat(r[o + 3]);
            b.putFloat(-1).putFloat(0).putFloat(0).putFloat(0);
            InstanceBuffer.putColor(b, c[i]);
        }
        draw(n, w, h, stats);
        return n;
    }

    /** Draws the text runs as glyph quads; returns the glyph count. */
    int drawTexts(TextBuffer texts, int w, int h, FrameStats stats) {
        int glyphs = 0;
        for (int i = 0; i < texts.count(); i++) glyphs += texts.text(i).length();
        if (glyphs == 0) return 0;
        ByteBuffer b = instances.begin(glyphs);
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
                int slot = atlas.slot(s.charAt(k));
                if (s.charAt(k) != ' ') {
                    float gx = x - GlyphAtlas.pad(), cw = atlas.cellWidth(slot);
                    float u0 = atlas.cellX(slot) / aw, v0 = atlas.cellY(slot) / ah;
                    b.putFloat(gx).putFloat(y).putFloat(gx + cw).putFloat(y + lh);
                    b.putFloat(u0).putFloat(v0).putFloat(u0 + cw / aw).putFloat(v0 + lh / ah);
                    InstanceBuffer.putColor(b, texts.color(i));
                    n++;
                }
                x += atlas.advance(slot);
            }
        }
        draw(n, w, h, stats);
        return n;
    }

    private void draw(int n, int w, int h, FrameStats stats) {
        stats.bytesUploaded += instances.upload();
        gl.glUseProgram(program.id);
        gl.glUniform2f(uViewport, w, h);
        gl.glActiveTexture(GL3.GL_TEXTURE0);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, texture);
        gl.glBindVertexArray(vao);
        gl.glDrawArraysInstanced(GL3.GL_TRIANGLE_STRIP, 0, 4, n);
        gl.glBindVertexArray(0);
        stats.drawCalls++;
        stats.instances += n;
    }

    @Override
    public void close() {
        program.close();
        instances.close();
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        gl.glDeleteBuffers(1, new int[] {corners}, 0);
        gl.glDeleteTextures(1, new int[] {texture}, 0);
    }
}
