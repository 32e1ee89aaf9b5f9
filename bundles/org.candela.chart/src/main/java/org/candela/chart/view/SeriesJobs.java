package org.candela.chart.view;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.candela.chart.draw.DrawLayer;
import org.candela.chart.model.Series;
import org.candela.chart.model.SeriesContext;

/**
 * The series conversions of one frame, split over two threads: the calling (UI) thread and the JVM's
 * common pool (so no thread of ours outlives the bundle). Each series writes only its own layer and its own
 * index, and the model is not changed while the UI thread waits here, so they run safely side by side.
 */
final class SeriesJobs {

    private final List<Series> series = new ArrayList<>();
    private final List<SeriesContext> contexts = new ArrayList<>();
    private final List<DrawLayer> layers = new ArrayList<>();

    void clear() {
        series.clear();
        contexts.clear();
        layers.clear();
    }

    void add(Series s, SeriesContext ctx, DrawLayer layer) {
        series.add(s);
        contexts.add(ctx);
        layers.add(layer);
    }

    /** Converts every series; odd ones on the pool when there is more than one core. */
    void run() {
        int n = series.size();
        boolean split = n > 1 && ForkJoinPool.getCommonPoolParallelism() > 0
                && Runtime.getRuntime().availableProcessors() > 1;
        ForkJoinTask<?> other = split ? ForkJoinPool.commonPool().submit(() -> range(1)) : null;
        if (other == null) {
            for (int i = 0; i < n; i++) draw(i);
            return;
        }
        range(0);
        other.join();
    }

    private void range(int first) {
        for (int i = first; i < series.size(); i += 2) draw(i);
    }

    private void draw(int i) {
        series.get(i).draw(contexts.get(i), layers.get(i));
    }
}
