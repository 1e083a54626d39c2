package dev.hexgate.vault;

import java.util.concurrent.Callable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** JDBC blocks; a Netty event loop must not. Every database call from a controller goes through here. */
public final class Blocking {

    private Blocking() {
    }

    /** Runs {@code work} on a worker thread; a null result is an empty Mono. */
    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
