package kaohe.shared;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress as a log line at most every few seconds and one at the end: what a service's log or a redirected run shows. */
final class LoggedProgress implements Progress {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedProgress.class);
    static final long EVERY_NANOS = 5_000_000_000L;

    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lastShown = new AtomicLong(System.nanoTime());

    LoggedProgress(String label, long total) {
        this.label = label;
        this.total = total;
    }

    @Override
    public void step() {
        long now = System.nanoTime();
        long count = done.incrementAndGet();
        long last = lastShown.get();
        if (now - last >= EVERY_NANOS && lastShown.compareAndSet(last, now)) {
            show(count, now);
        }
    }

    @Override
    public void close() {
        if (total > 0 || done.get() > 0) {
            show(done.get(), System.nanoTime());
        }
    }

    private void show(long count, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        LOG.info("progress {}: {} of {} ({} per second, {} s)", label, count, total, String.format("%.1f", count / seconds),
                String.format("%.0f", seconds));
    }
}
