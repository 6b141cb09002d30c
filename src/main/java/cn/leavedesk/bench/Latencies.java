package cn.leavedesk.bench;

import java.util.Arrays;
import java.util.List;

/** Sample times in milliseconds and the percentiles the report prints. */
public record Latencies(double[] millis) {
    public Latencies {
        millis = millis.clone();
        Arrays.sort(millis);
    }

    /** Work timed once per sample; its result is kept so the JIT cannot drop it. */
    @FunctionalInterface
    public interface Sample {
        Object run(int index);
    }

    /**
     * Runs {@code work} {@code warmUp} times untimed (with indexes after the samples'), then times it once for each
     * index below {@code samples}.
     */
    public static Latencies measure(int samples, int warmUp, Sample work) {
        int sink = 0;
        for (int i = 0; i < warmUp; i++) {
            sink += work.run(samples + i).hashCode() & 1;
        }
        List<Double> millis = new java.util.ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            Object result = work.run(i);
            millis.add((System.nanoTime() - start) / 1e6);
            sink += result.hashCode() & 1;
        }
        if (sink < 0) {
            throw new AssertionError("unreachable");
        }
        return of(millis);
    }

    public static Latencies of(List<Double> values) {
        return new Latencies(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public int count() {
        return millis.length;
    }

    /** Nearest-rank percentile: the smallest sample with at least {@code p} % of the samples at or below it. */
    public double percentile(double p) {
        if (millis.length == 0) {
            throw new IllegalStateException("no samples");
        }
        int rank = (int) Math.ceil(p / 100.0 * millis.length);
        return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
    }

    public double p50() {
        return percentile(50);
    }

    public double p99() {
        return percentile(99);
    }

    public double max() {
        return millis[millis.length - 1];
    }
}
