package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import org.candela.chart.draw.ColumnBuffer;

/**
 * One-pixel columns as GL_LINES through the pixel centres: one primitive per column instead of a quad's two
 * triangles (about 1.1 µs against 1.4 µs each on llvmpipe). A vertex is {@code x y, rgba8}.
 */
final class ColumnPass extends Pass {

    private static final int STRIDE = 2 * 4 + 4;
    private static final String VS = """
            #version 330 core
            layout(location = 0) in vec2 position;
            layout(location = 1) in vec4 color;
            uniform vec2 viewport;
            uniform float offsetX;
            out vec4 vColor;
            void main() {
                vColor = color;
                gl_Position = vec4((position.x + offsetX) / viewport.x * 2.0 - 1.0, 1.0 - position.y / viewport.y * 2.0, 0.0, 1.0);
            }
            """;
    private static final String FS = """
            #version 330 core
            in vec4 vColor;
            out vec4 fragColor;
            void main() {
                fragColor = vColor;
            }
            """;


    ColumnPass(GL3 gl) {
        super(gl, VS, FS, STRIDE, g -> {
            GlUtil.attribute(g, 0, 2, GL3.GL_FLOAT, false, STRIDE, 0);
            GlUtil.attribute(g, 1, 4, GL3.GL_UNSIGNED_BYTE, true, STRIDE, 8);
        }, null);
    }

    int draw(ColumnBuffer columns, int slot, int w, int h, FrameStats stats) {
        int n = columns.count();
        if (n == 0) return 0;
        Slots.Slot s = slots.get(slot);
        ByteBuffer b = s.vertices().begin(n * 2);
        float[] d = columns.data();
        int[] c = columns.colors();
        for (int i = 0; i < n; i++) {
            float x = d[i * 3] + 0.5f;
            b.putFloat(x).putFloat(d[i * 3 + 1]);
            VertexBuffer.putColor(b, c[i]);
            b.putFloat(x).putFloat(d[i * 3 + 2]);
            VertexBuffer.putColor(b, c[i]);
        }
        draw(s, n, w, h, stats, () -> gl.glDrawArrays(GL3.GL_LINES, 0, n * 2));
        return n;
    }

}
