package kaohe;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What a class logs, read at its logger rather than on the terminal: the command line sends the log to a file
 * and keeps the terminal for its own lines, so a test must not depend on where the log is shown.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    private LogCapture(String name) {
        this.logger = (Logger) LoggerFactory.getLogger(name);
        events.start();
        logger.addAppender(events);
    }

    public static LogCapture of(Class<?> source) {
        return new LogCapture(source.getName());
    }

    /** For a class the test cannot name (package-private elsewhere). */
    public static LogCapture of(String name) {
        return new LogCapture(name);
    }

    /** Every message logged so far, formatted. */
    public List<String> messages() {
        return events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(events);
    }
}
