package kaohe.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One ingest at a time per home, whichever process runs it (the CLI, {@code serve}, a second
 * instance): an operating-system lock on {@code <home>/ingest.lock}, released when the run ends or its
 * process dies, so a crash never leaves it held.
 */
public final class IngestLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private IngestLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another ingest (in this process or another) holds it. */
    public static Optional<IngestLock> tryAcquire(Path home) {
        try {
            Files.createDirectories(home);
            FileChannel channel = FileChannel.open(home.resolve("ingest.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                return Optional.of(new IngestLock(channel, lock));
            } catch (OverlappingFileLockException e) {
                channel.close();
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        }
    }

    /** Another ingest holds this home's inbox: nothing was done, and nothing is wrong. */
    public static final class Busy extends RuntimeException {
        public Busy(Path home) {
            super("另一个接收作业正在处理 " + home.resolve("inbox") + "，本次未运行；它结束后收件箱里剩下的文件会在下一次接收时处理");
        }
    }
}
