package org.candela.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.candela.chart.drawing.ChartDrawings;
import org.candela.chart.drawing.DrawingSpec;
import org.candela.chart.session.ChartSession;
import org.candela.chart.workspace.Workspace;
import org.candela.drawing.api.ToolDescriptor;

/**
 * The drawings of each symbol, as TradingView keeps them: every chart of a symbol (any tile, tab or timeframe)
 * shows the same drawings, and a change on one shows on the others. Kept per {@code connector:symbol} as the
 * workspace saves them; a drawing whose tool is not installed stays as its text, is saved, and comes back on
 * the charts when the tool is installed. UI thread.
 */
final class SymbolDrawings {

    private final Map<String, List<Workspace.DrawingState>> bySymbol = new HashMap<>();
    private final Supplier<List<DescribedTool>> tools;
    private final Supplier<List<ChartSession>> sessions;

    /** @param tools the installed tools; @param sessions every open chart, shown or in a hidden tab */
    SymbolDrawings(Supplier<List<DescribedTool>> tools, Supplier<List<ChartSession>> sessions) {
        this.tools = tools;
        this.sessions = sessions;
    }

    /** The workspace's drawings replace these (open charts take them when {@link #show}n). */
    void load(Map<String, List<Workspace.DrawingState>> saved) {
        bySymbol.clear();
        saved.forEach((k, v) -> bySymbol.put(k, new ArrayList<>(v)));
    }

    /** What the workspace saves. */
    Map<String, List<Workspace.DrawingState>> snapshot() {
        return Map.copyOf(bySymbol);
    }

    static String key(ChartSession s) {
        return Workspace.symbolKey(s.connector().id(), s.symbol());
    }

    /** A chart opened: it shows its symbol's drawings (those whose tool is installed). */
    void show(ChartSession s) {
        ChartDrawings d = s.drawings();
        d.clear();
        for (Workspace.DrawingState state : bySymbol.getOrDefault(key(s), List.of())) {
            DrawingSpec spec = parse(state.spec());
            if (spec == null) continue; // its tool is not installed: kept in bySymbol, drawn when it comes
            ChartDrawings.Drawing drawing = s.addDrawing(spec, tool(spec.tool()));
            drawing.locked = state.locked();
            drawing.hidden = state.hidden();
        }
    }

    /** The user changed the drawings of {@code s}: they are its symbol's now, and its other charts show them. */
    void changed(ChartSession s) {
        String key = key(s);
        List<Workspace.DrawingState> next = new ArrayList<>();
        for (ChartDrawings.Drawing d : s.drawings().all()) next.add(new Workspace.DrawingState(d.spec().text(), d.locked, d.hidden));
        for (Workspace.DrawingState old : bySymbol.getOrDefault(key, List.of())) {
            if (parse(old.spec()) == null) next.add(old); // a missing tool's drawing is never dropped
        }
        if (next.isEmpty()) bySymbol.remove(key);
        else bySymbol.put(key, next);
        for (ChartSession other : sessions.get()) if (other != s && key(other).equals(key)) show(other);
    }

    /** Tools came or went: every open chart shows its symbol's drawings again, with the tools installed now. */
    void toolsChanged() {
        for (ChartSession s : sessions.get()) show(s);
    }

    /** The text form read with the installed tools, or null when its tool is not installed (or it does not parse). */
    DrawingSpec parse(String text) {
        try {
            return DrawingSpec.parse(text, this::descriptor);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    ToolDescriptor descriptor(String id) {
        DescribedTool t = tool(id);
        return t == null ? null : t.descriptor();
    }

    DescribedTool tool(String id) {
        for (DescribedTool t : tools.get()) if (t.descriptor().id().equals(id)) return t;
        return null;
    }
}
