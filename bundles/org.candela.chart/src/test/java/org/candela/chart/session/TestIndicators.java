package org.candela.chart.session;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterSpec;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.Placement;

/** Small indicators for session tests: a running mean of closes, and misbehaving ones. */
final class TestIndicators {

    private TestIndicators() {
    }

    static Indicator mean(Placement placement) {
        IndicatorDescriptor d = IndicatorDescriptor.builder("mean", "Running mean")
                .parameter(ParameterSpec.integer("skip", "Skip", 2, 0, 10))
                .output(OutputSpec.line("mean", "Mean", 0xFF00FF00))
                .placement(placement).fixedRange(0, 100).levels(30, 70).build();
        return new Indicator() {
            public IndicatorDescriptor descriptor() {
                return d;
            }

            public IndicatorComputation create(ParameterValues p) {
                int skip = p.getInt("skip");
                return new IndicatorComputation() {
                    double sum, forming = Double.NaN;
                    int n;

                    public int warmup() {
                        return skip;
                    }

                    public void update(boolean newBar, long t, double o, double h, double l, double c, double v, double[] out) {
                        if (newBar && !Double.isNaN(forming)) {
                            sum += forming;
                            n++;
                        }
                        forming = c;
                        out[0] = n >= skip ? (sum + c) / (n + 1) : Double.NaN;
                    }
                };
            }
        };
    }

    /** Returns {@code value} for every bar from the {@code from}-th on, and 1 before. */
    static Indicator returning(double value, int from) {
        return overlay("bad", p -> new IndicatorComputation() {
            int bars;

            public int warmup() {
                return 0;
            }

            public void update(boolean newBar, long t, double o, double h, double l, double c, double v, double[] out) {
                if (newBar) bars++;
                if (bars > from && value == 42) throw new IllegalStateException("plugin bug");
                out[0] = bars > from ? value : 1;
            }
        });
    }

    /**
     * Fast over history (its batch path), but on every tick spends {@code millis} either computing (CPU
     * time) or asleep (a thread descheduled, a GC pause: wall time only).
     */
    static Indicator slowOnTicks(long millis, boolean computing) {
        return overlay("slow", p -> new IndicatorComputation() {
            public int warmup() {
                return 0;
            }

            public void update(boolean newBar, long t, double o, double h, double l, double c, double v, double[] out) {
                if (computing) spin(millis * 1_000_000L);
                else sleep(millis);
                out[0] = c;
            }

            public void batch(long[] time, double[] open, double[] high, double[] low, double[] close,
                    double[] volume, int from, int to, double[][] outputs) {
                System.arraycopy(close, from, outputs[0], from, to - from);
            }
        });
    }

    /** Burns {@code nanos} of this thread's CPU time. */
    static void spin(long nanos) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + nanos;
        while (threads.getCurrentThreadCpuTime() < end) Thread.onSpinWait();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records the threads its code runs on. */
    static Indicator recordingThreads(java.util.Set<Thread> threads) {
        IndicatorDescriptor d = IndicatorDescriptor.builder("where", "where").output(OutputSpec.line("v", "V", 0xFFFF0000))
                .placement(Placement.OVERLAY).build();
        return new Indicator() {
            public IndicatorDescriptor descriptor() {
                return d;
            }

            public IndicatorComputation create(ParameterValues p) {
                threads.add(Thread.currentThread());
                return new IndicatorComputation() {
                    public int warmup() {
                        return 0;
                    }

                    public void update(boolean newBar, long t, double o, double h, double l, double c, double v, double[] out) {
                        threads.add(Thread.currentThread());
                        out[0] = c;
                    }
                };
            }
        };
    }

    /** An overlay indicator {@code id} with one output, whose computations {@code factory} makes. */
    private static Indicator overlay(String id, java.util.function.Function<ParameterValues, IndicatorComputation> factory) {
        IndicatorDescriptor d = IndicatorDescriptor.builder(id, id).output(OutputSpec.line("v", "V", 0xFFFF0000))
                .placement(Placement.OVERLAY).build();
        return new Indicator() {
            public IndicatorDescriptor descriptor() {
                return d;
            }

            public IndicatorComputation create(ParameterValues p) {
                return factory.apply(p);
            }
        };
    }

    /**
     * Its batch never returns while {@code running} is true: computing ({@code computing}), or waiting
     * without being interruptible (a plugin blocked on its own lock or on a socket).
     */
    static Indicator neverReturning(java.util.concurrent.atomic.AtomicBoolean running, boolean computing) {
        return overlay("stuck", p -> new IndicatorComputation() {
            public int warmup() {
                return 0;
            }

            public void update(boolean newBar, long t, double o, double h, double l, double c, double v, double[] out) {
                out[0] = c;
            }

            public void batch(long[] time, double[] open, double[] high, double[] low, double[] close,
                    double[] volume, int from, int to, double[][] outputs) {
                while (running.get()) {
                    if (computing) Thread.onSpinWait();
                    else java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
                java.util.Arrays.fill(outputs[0], from, to, 7.0); // what an abandoned thread would write at last
            }
        });
    }
}
