package kaohe.shared;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A run's progress as a bar redrawn in place on the terminal's error stream: counts, rate and time left. */
final class TerminalProgress implements Progress {

    private final ProgressBar bar;

    TerminalProgress(String label, long total) {
        this.bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().setUpdateIntervalMillis(250).build();
    }

    /** Terminal bars where a person watches, log lines where nobody does. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public void step() {
        bar.step();
    }

    @Override
    public void close() {
        bar.close();
    }
}
