package kaohe.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where long runs report their progress: each run opens a task under a key (ingest, assess, templates) and the
 * workers doing it step the key, without knowing where it shows: a bar redrawn in place when a person watches a
 * terminal ({@link TerminalProgress}), else a line in the log every few seconds ({@link LoggedProgress}), as cron,
 * a redirected run and the service have it.
 */
public final class ProgressBoard {

    /** Makes the display of one task. */
    public interface Display {
        Progress open(String label, long total);
    }

    private volatile Display display = TerminalProgress.onTerminal() ? TerminalProgress::new : LoggedProgress::new;
    private final Map<String, Progress> open = new ConcurrentHashMap<>();

    public void showOn(Display display) {
        this.display = display;
    }

    /** Opens the task {@code key}; closing the returned progress ends it. */
    public Progress open(String key, String label, long total) {
        Progress shown = display.open(label, total);
        open.put(key, shown);
        return new Progress() {
            @Override
            public void step() {
                shown.step();
            }

            @Override
            public void close() {
                open.remove(key, shown);
                shown.close();
            }
        };
    }

    /** One step of the open task {@code key}; nothing when none is open (a worker run outside a launcher). */
    public void step(String key) {
        Progress progress = open.get(key);
        if (progress != null) {
            progress.step();
        }
    }
}
