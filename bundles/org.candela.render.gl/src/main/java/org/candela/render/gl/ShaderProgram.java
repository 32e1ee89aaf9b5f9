package org.candela.render.gl;

import com.jogamp.opengl.GL3;

/** A linked vertex + fragment program. Compile and link errors throw with the driver's log. */
final class ShaderProgram implements AutoCloseable {

    private final GL3 gl;
    final int id;

    ShaderProgram(GL3 gl, String vertex, String fragment) {
        this.gl = gl;
        int vs = compile(GL3.GL_VERTEX_SHADER, vertex);
        int fs = compile(GL3.GL_FRAGMENT_SHADER, fragment);
        id = gl.glCreateProgram();
        gl.glAttachShader(id, vs);
        gl.glAttachShader(id, fs);
        gl.glLinkProgram(id);
        int[] ok = new int[1];
        gl.glGetProgramiv(id, GL3.GL_LINK_STATUS, ok, 0);
        gl.glDeleteShader(vs);
        gl.glDeleteShader(fs);
        if (ok[0] == 0) {
            String log = programLog();
            gl.glDeleteProgram(id);
            throw new IllegalStateException("shader link failed: " + log);
        }
    }

    int uniform(String name) {
        int loc = gl.glGetUniformLocation(id, name);
        if (loc < 0) throw new IllegalStateException("no uniform " + name);
        return loc;
    }

    private int compile(int type, String source) {
        int s = gl.glCreateShader(type);
        gl.glShaderSource(s, 1, new String[] {source}, null);
        gl.glCompileShader(s);
        int[] ok = new int[1];
        gl.glGetShaderiv(s, GL3.GL_COMPILE_STATUS, ok, 0);
        if (ok[0] == 0) {
            int[] len = new int[1];
            gl.glGetShaderiv(s, GL3.GL_INFO_LOG_LENGTH, len, 0);
            byte[] log = new byte[Math.max(1, len[0])];
            gl.glGetShaderInfoLog(s, log.length, null, 0, log, 0);
            gl.glDeleteShader(s);
            throw new IllegalStateException("shader compile failed: " + new String(log).trim());
        }
        return s;
    }

    private String programLog() {
        int[] len = new int[1];
        gl.glGetProgramiv(id, GL3.GL_INFO_LOG_LENGTH, len, 0);
        byte[] log = new byte[Math.max(1, len[0])];
        gl.glGetProgramInfoLog(id, log.length, null, 0, log, 0);
        return new String(log).trim();
    }

    @Override
    public void close() {
        gl.glDeleteProgram(id);
    }
}
