package kaohe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A child process as the jar tests run it: its output read on a thread of its own (so a chatty child
 * never blocks on a full pipe and a silent one never blocks the test), every wait bounded, and the child
 * killed when the test ends however it ends. Failures carry the child's output.
 */
public final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread pump;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.pump = new Thread(() -> pump(log), "child-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code builder} with standard error merged into standard output, which is also copied to {@code log}. */
    public static ChildProcess start(ProcessBuilder builder, Path log) throws IOException {
        return new ChildProcess(builder.redirectErrorStream(true).start(), log);
    }

    private void pump(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
                if (log != null) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
            }
        } catch (IOException e) {
            // The child was killed while we read: what it printed so far is kept.
        }
    }

    public String output() {
        return String.join("\n", lines);
    }

    /** Waits for a line containing {@code text}; fails at once if the child exits without printing it. */
    public void awaitLine(String text, Duration timeout) throws InterruptedException {
        awaitCondition("a line containing “" + text + "”", () -> lines.stream().anyMatch(l -> l.contains(text)), timeout, true);
    }

    /** Waits for {@code condition} while the child runs; fails if the child exits first or the time runs out. */
    public void awaitWhileRunning(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        awaitCondition(what, condition, timeout, true);
    }

    private void awaitCondition(String what, BooleanSupplier condition, Duration timeout, boolean mustRun) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (mustRun && !process.isAlive() && !condition.getAsBoolean()) {
                throw new AssertionError("the child exited (" + process.exitValue() + ") before " + what + ":\n" + output());
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("no " + what + " within " + timeout.toSeconds() + " s:\n" + output());
            }
            Thread.sleep(10);
        }
    }

    /** The exit status, once the child has ended and its output is read to the end. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not exit within " + timeout.toSeconds() + " s:\n" + output());
        }
        pump.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    /**
     * Freezes the child (SIGSTOP), so what the test then sees of its files is exactly what a kill at
     * this moment leaves; the child is killed by {@link #kill} or when closed.
     */
    public void pause() throws IOException, InterruptedException {
        Process stop = new ProcessBuilder("kill", "-STOP", Long.toString(process.pid())).start();
        if (!stop.waitFor(10, TimeUnit.SECONDS) || stop.exitValue() != 0) {
            throw new IllegalStateException("could not stop process " + process.pid());
        }
    }

    /** SIGKILL, as a power cut or an OOM killer would end it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the child survived SIGKILL");
        }
    }

    /** SIGTERM, as a service manager stops it; the exit status once it has shut down. */
    public int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return awaitExit(timeout);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (process.isAlive()) {
            throw new UncheckedIOException(new IOException("process " + process.pid() + " survived SIGKILL"));
        }
    }
}
