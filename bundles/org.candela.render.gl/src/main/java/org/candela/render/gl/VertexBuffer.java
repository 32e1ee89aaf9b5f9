package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A vertex buffer streamed every frame, plus its CPU staging buffer. Both grow by doubling and are reused,
 * so a steady frame allocates nothing.
 */
final class VertexBuffer implements AutoCloseable {

    private final GL3 gl;
    final int id;
    private final int stride;
    private ByteBuffer staging;
    private int gpuCapacity;

    VertexBuffer(GL3 gl, int stride) {
        this.gl = gl;
        this.stride = stride;
        int[] ids = new int[1];
        gl.glGenBuffers(1, ids, 0);
        id = ids[0];
        staging = ByteBuffer.allocateDirect(stride * 1024).order(ByteOrder.nativeOrder());
    }

    /** The staging buffer, cleared and big enough for {@code vertices}. */
    ByteBuffer begin(int vertices) {
        int need = vertices * stride;
        if (staging.capacity() < need) {
            staging = ByteBuffer.allocateDirect(Integer.highestOneBit(need) * 2).order(ByteOrder.nativeOrder());
        }
        staging.clear();
        return staging;
    }

    /** Uploads what was written since {@link #begin}; returns the bytes uploaded. */
    int upload() {
        int bytes = staging.position();
        staging.flip();
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, id);
        if (bytes > gpuCapacity) {
            gpuCapacity = Math.max(bytes, gpuCapacity * 2);
            gl.glBufferData(GL3.GL_ARRAY_BUFFER, gpuCapacity, null, GL3.GL_DYNAMIC_DRAW);
        }
        if (bytes > 0) gl.glBufferSubData(GL3.GL_ARRAY_BUFFER, 0, bytes, staging);
        return bytes;
    }

    static void putColor(ByteBuffer b, int argb) {
        b.put((byte) (argb >>> 16)).put((byte) (argb >>> 8)).put((byte) argb).put((byte) (argb >>> 24));
    }

    @Override
    public void close() {
        gl.glDeleteBuffers(1, new int[] {id}, 0);
    }
}
