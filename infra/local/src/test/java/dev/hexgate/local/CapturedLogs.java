package dev.hexgate.local;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/**
 * Every log line of this JVM (every service of an in-process stack) from {@link #capture()} until {@link #close()}:
 * message and the messages of its exception chain, as an operator's log would show them. For tests that a secret
 * never reaches a log.
 */
final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final Queue<String> lines = new ConcurrentLinkedQueue<>();

    private CapturedLogs() {
    }

    static CapturedLogs capture() {
        CapturedLogs logs = new CapturedLogs();
        logs.start();
        root().addAppender(logs);
        return logs;
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        lines.add(line.toString());
    }

    /** All lines so far, one per event. */
    String text() {
        return String.join("\n", lines);
    }

    int size() {
        return lines.size();
    }

    @Override
    public void close() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
