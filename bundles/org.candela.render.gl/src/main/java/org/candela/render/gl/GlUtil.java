package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

/** Small GL helpers shared by the passes. */
final class GlUtil {

    private GlUtil() {
    }

    /** A static buffer of the 4 triangle-strip corners of a unit quad. */
    static int cornerBuffer(GL3 gl, float[] corners) {
        int[] ids = new int[1];
        gl.glGenBuffers(1, ids, 0);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, ids[0]);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, corners.length * 4L, FloatBuffer.wrap(corners), GL3.GL_STATIC_DRAW);
        return ids[0];
    }

    /** Binds the corner buffer as attribute 0 of the bound VAO. */
    static void bindCorners(GL3 gl, int buffer) {
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, buffer);
        gl.glEnableVertexAttribArray(0);
        gl.glVertexAttribPointer(0, 2, GL3.GL_FLOAT, false, 8, 0);
    }

    /** A per-instance attribute read from the bound buffer. */
    static void instanceAttribute(GL3 gl, int loc, int size, int type, boolean normalized, int stride, int offset) {
        gl.glEnableVertexAttribArray(loc);
        gl.glVertexAttribPointer(loc, size, type, normalized, stride, offset);
        gl.glVertexAttribDivisor(loc, 1);
    }

    /** An 8-bit single-channel texture, linear filtering off (glyphs are drawn 1:1). */
    static int alphaTexture(GL3 gl, int w, int h, byte[] pixels) {
        int[] ids = new int[1];
        gl.glGenTextures(1, ids, 0);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, ids[0]);
        gl.glPixelStorei(GL3.GL_UNPACK_ALIGNMENT, 1);
        gl.glTexImage2D(GL3.GL_TEXTURE_2D, 0, GL3.GL_R8, w, h, 0, GL3.GL_RED, GL3.GL_UNSIGNED_BYTE, ByteBuffer.wrap(pixels));
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MIN_FILTER, GL3.GL_NEAREST);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MAG_FILTER, GL3.GL_NEAREST);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_WRAP_S, GL3.GL_CLAMP_TO_EDGE);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_WRAP_T, GL3.GL_CLAMP_TO_EDGE);
        return ids[0];
    }
}
