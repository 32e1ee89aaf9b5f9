package org.candela.app.command;

import java.util.List;
import org.candela.chart.drawing.DrawingSpec;
import org.candela.chart.session.ChartSession;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawing.api.ToolDescriptor;

/** {@code --draw SPEC}: the drawings the command line names, put on a chart. */
final class Drawings {

    private Drawings() {
    }

    /** Adds each of {@code specs} to {@code session}; one that is not a drawing of an installed tool is a {@link BadOption}. */
    static void add(ChartSession session, List<String> specs, List<DrawingTool> tools) {
        for (String text : specs) {
            DrawingSpec spec;
            try {
                spec = DrawingSpec.parse(text, id -> descriptor(tools, id));
            } catch (IllegalArgumentException e) {
                throw new BadOption("--draw " + e.getMessage() + (e.getMessage().startsWith("unknown drawing tool")
                        ? "; installed: " + String.join(", ", tools.stream().map(t -> t.descriptor().id()).sorted().toList()) : ""));
            }
            session.addDrawing(spec, tool(tools, spec.tool()));
        }
    }

    static ToolDescriptor descriptor(List<DrawingTool> tools, String id) {
        DrawingTool t = tool(tools, id);
        return t == null ? null : t.descriptor();
    }

    static DrawingTool tool(List<DrawingTool> tools, String id) {
        for (DrawingTool t : tools) if (t.descriptor().id().equals(id)) return t;
        return null;
    }
}
