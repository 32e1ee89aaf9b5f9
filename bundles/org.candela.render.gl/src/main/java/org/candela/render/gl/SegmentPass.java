package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import org.candela.chart.draw.SegmentBuffer;

/**
 * Thick anti-aliased line segments as instanced quads: the vertex shader widens each segment along its
 * normal by half the width plus a one-pixel fringe; the fragment shader fades the fringe.
 */
final class SegmentPass implements AutoCloseable {

    private static final int STRIDE = 5 * 4 + 4;
    private static final String VS = """
            #version 330 core
            layout(location = 0) in vec2 corner;
            layout(location = 1) in vec4 seg;
            layout(location = 2) in float width;
            layout(location = 3) in vec4 color;
            uniform vec2 viewport;
            out float vDist;
            out float vHalf;
            out vec4 vColor;
            void main() {
                vec2 a = seg.xy, b = seg.zw, d = b - a;
                float len = length(d);
                vec2 dir = len > 0.0 ? d / len : vec2(1.0, 0.0);
                vec2 n = vec2(-dir.y, dir.x);
                float reach = width * 0.5 + 1.0;
                vec2 p = mix(a, b, corner.x) + dir * (corner.x * 2.0 - 1.0) * width * 0.5 + n * corner.y * reach;
                vDist = corner.y * reach;
                vHalf = width * 0.5;
                vColor = color;
                gl_Position = vec4(p.x / viewport.x * 2.0 - 1.0, 1.0 - p.y / viewport.y * 2.0, 0.0, 1.0);
            }
            """;
    private static final String FS = """
            #version 330 core
            in float vDist;
            in float vHalf;
            in vec4 vColor;
            out vec4 fragColor;
            void main() {
                float a = clamp(vHalf + 0.5 - abs(vDist), 0.0, 1.0);
                fragColor = vec4(vColor.rgb, vColor.a * a);
            }
            """;

    private final GL3 gl;
    private final ShaderProgram program;
    private final InstanceBuffer instances;
    private final int vao, corners, uViewport;

    SegmentPass(GL3 gl) {
        this.gl = gl;
        program = new ShaderProgram(gl, VS, FS);
        uViewport = program.uniform("viewport");
        instances = new InstanceBuffer(gl, STRIDE);
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
        corners = GlUtil.cornerBuffer(gl, new float[] {0, -1, 1, -1, 0, 1, 1, 1});
        gl.glBindVertexArray(vao);
        GlUtil.bindCorners(gl, corners);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, instances.id);
        GlUtil.instanceAttribute(gl, 1, 4, GL3.GL_FLOAT, false, STRIDE, 0);
        GlUtil.instanceAttribute(gl, 2, 1, GL3.GL_FLOAT, false, STRIDE, 16);
        GlUtil.instanceAttribute(gl, 3, 4, GL3.GL_UNSIGNED_BYTE, true, STRIDE, 20);
        gl.glBindVertexArray(0);
    }

    int draw(SegmentBuffer segments, int w, int h, FrameStats stats) {
        int n = segments.count();
        if (n == 0) return 0;
        ByteBuffer b = instances.begin(n);
        float[] d = segments.data();
        int[] c = segments.colors();
        for (int i = 0; i < n; i++) {
            int o = i * 5;
            b.putFloat(d[o]).putFloat(d[o + 1]).putFloat(d[o + 2]).putFloat(d[o + 3]).putFloat(d[o + 4]);
            InstanceBuffer.putColor(b, c[i]);
        }
        stats.bytesUploaded += instances.upload();
        gl.glUseProgram(program.id);
        gl.glUniform2f(uViewport, w, h);
        gl.glBindVertexArray(vao);
        gl.glDrawArraysInstanced(GL3.GL_TRIANGLE_STRIP, 0, 4, n);
        gl.glBindVertexArray(0);
        stats.drawCalls++;
        stats.instances += n;
        return n;
    }

    @Override
    public void close() {
        program.close();
        instances.close();
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        gl.glDeleteBuffers(1, new int[] {corners}, 0);
    }
}
