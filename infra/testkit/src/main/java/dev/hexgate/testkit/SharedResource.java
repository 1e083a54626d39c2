package dev.hexgate.testkit;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance of an expensive test resource per JVM: started on first {@link #get()}, stopped by a JVM shutdown
 * hook. A surefire fork runs many test classes; starting a broker or a database once instead of per class is what
 * keeps the build fast.
 *
 * <p>If starting fails, nothing is cached and the exception propagates; the next {@code get()} tries again.
 *
 * @param <T> the running resource; closing it stops it
 */
public final class SharedResource<T extends AutoCloseable> {

    private static final Logger log = LoggerFactory.getLogger(SharedResource.class);

    private final String name;
    private final Supplier<? extends T> starter;
    private volatile T instance;

    /**
     * @param name    human name for log lines and the shutdown thread, e.g. "Kafka"
     * @param starter starts the resource; called at most once per successful start
     */
    public SharedResource(String name, Supplier<? extends T> starter) {
        this.name = name;
        this.starter = starter;
    }

    /** The running resource, started by the first caller; concurrent callers wait for that start. */
    public T get() {
        T running = instance;
        if (running != null) {
            return running;
        }
        synchronized (this) {
            if (instance == null) {
                instance = start();
            }
            return instance;
        }
    }

    private T start() {
        long begin = System.nanoTime();
        T started = starter.get();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "hexgate-testkit-stop-" + name));
        log.info("Started shared {} ({}) in {} ms", name, started,
                Duration.ofNanos(System.nanoTime() - begin).toMillis());
        return started;
    }

    private void stop(T started) {
        try {
            started.close();
        } catch (Exception e) {
            // the JVM is exiting; a failed stop must not hide the test results
            log.warn("Stopping shared {} failed", name, e);
        }
    }
}
