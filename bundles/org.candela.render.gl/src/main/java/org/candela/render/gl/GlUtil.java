package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;

/** Small GL helpers shared by the passes. */
final class GlUtil {

    private GlUtil() {
    }

    /** A vertex attribute read from the bound buffer. */
    static void attribute(GL3 gl, int loc, int size, int type, boolean normalized, int stride, int offset) {
        gl.glEnableVertexAttribArray(loc);
        gl.glVertexAttribPointer(loc, size, type, normalized, stride, offset);
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
