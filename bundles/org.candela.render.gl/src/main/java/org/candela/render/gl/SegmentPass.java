package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import org.candela.chart.draw.SegmentBuffer;

/**
 * Thick anti-aliased line segments as indexed quads: each segment is widened on the CPU along its normal
 * by half its width plus half a pixel of fringe (a pixel whose centre lies farther has no coverage), and
 * lengthened by half its width, to close joins; the fragment shader fades the fringe by the distance to the
 * centre line, and cuts a dashed segment's pattern by the distance along it (one primitive however many
 * dashes). A vertex is {@code x y, distance, half width, along, on, period, phase, rgba8}.
 */
final class SegmentPass extends Pass {

    private static final int STRIDE = 8 * 4 + 4;
    private static final String VS = """
            #version 330 core
            layout(location = 0) in vec2 position;
            layout(location = 1) in vec2 distance;
            layout(location = 2) in vec4 color;
            layout(location = 3) in vec4 dash;
            uniform vec2 viewport;
            uniform float offsetX;
            out vec2 vDistance;
            out vec4 vColor;
            out float vAlong;
            flat out vec3 vDash;
            void main() {
                vDistance = distance;
                vColor = color;
                vAlong = dash.x;
                vDash = dash.yzw;
                gl_Position = vec4((position.x + offsetX) / viewport.x * 2.0 - 1.0, 1.0 - position.y / viewport.y * 2.0, 0.0, 1.0);
            }
            """;
    private static final String FS = """
            #version 330 core
            in vec2 vDistance;
            in vec4 vColor;
            in float vAlong;
            flat in vec3 vDash;
            out vec4 fragColor;
            void main() {
                if (vDash.y > 0.0 && mod(vAlong + vDash.z, vDash.y) >= vDash.x) discard;
                float a = clamp(vDistance.y + 0.5 - abs(vDistance.x), 0.0, 1.0);
                fragColor = vec4(vColor.rgb, vColor.a * a);
            }
            """;

    private final QuadIndices indices;

    SegmentPass(GL3 gl) {
        this(gl, new QuadIndices(gl));
    }

    private SegmentPass(GL3 gl, QuadIndices indices) {
        super(gl, VS, FS, STRIDE, g -> {
            GlUtil.attribute(g, 0, 2, GL3.GL_FLOAT, false, STRIDE, 0);
            GlUtil.attribute(g, 1, 2, GL3.GL_FLOAT, false, STRIDE, 8);
            GlUtil.attribute(g, 2, 4, GL3.GL_UNSIGNED_BYTE, true, STRIDE, 32);
            GlUtil.attribute(g, 3, 4, GL3.GL_FLOAT, false, STRIDE, 16);
        }, indices);
        this.indices = indices;
    }

    int draw(SegmentBuffer segments, int slot, int w, int h, FrameStats stats) {
        int n = segments.count();
        if (n == 0) return 0;
        Slots.Slot s = slots.get(slot);
        ByteBuffer b = s.vertices().begin(n * 4);
        float[] d = segments.data(), dash = segments.dashes();
        int[] c = segments.colors();
        for (int i = 0; i < n; i++) {
            int o = i * 5;
            float x0 = d[o], y0 = d[o + 1], x1 = d[o + 2], y1 = d[o + 3], half = d[o + 4] / 2;
            float dx = x1 - x0, dy = y1 - y0;
            float len = (float) Math.sqrt(dx * dx + dy * dy);
            float ux = len > 0 ? dx / len : 1, uy = len > 0 ? dy / len : 0;
            float reach = half + 0.5f;
            float nx = -uy * reach, ny = ux * reach;
            float ex = ux * half, ey = uy * half;
            float on = dash[3 * i], period = dash[3 * i + 1], phase = dash[3 * i + 2];
            vertex(b, x0 - ex - nx, y0 - ey - ny, -reach, half, -half, on, period, phase, c[i]);
            vertex(b, x1 + ex - nx, y1 + ey - ny, -reach, half, len + half, on, period, phase, c[i]);
            vertex(b, x0 - ex + nx, y0 - ey + ny, reach, half, -half, on, period, phase, c[i]);
            vertex(b, x1 + ex + nx, y1 + ey + ny, reach, half, len + half, on, period, phase, c[i]);
        }
        draw(s, n, w, h, stats, () -> {
            indices.bind(n);
            gl.glDrawElements(GL3.GL_TRIANGLES, n * 6, GL3.GL_UNSIGNED_INT, 0);
        });
        return n;
    }

    private static void vertex(ByteBuffer b, float x, float y, float distance, float half, float along, float on, float period, float phase,
            int argb) {
        b.putFloat(x).putFloat(y).putFloat(distance).putFloat(half);
        b.putFloat(along).putFloat(on).putFloat(period).putFloat(phase);
        VertexBuffer.putColor(b, argb);
    }

    @Override
    public void close() {
        super.close();
        indices.close();
    }
}
