package dev.hexgate.emulator.faults;

import java.time.Duration;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Mono;

/**
 * A response whose writing waits a while after the route has produced it. The route's effects (a run started, a
 * group created) are already in the stores when the wait begins, which is what a client that loses the answer to
 * a change it caused has to cope with.
 */
final class HeldResponse extends ServerHttpResponseDecorator {

    private final Duration hold;

    HeldResponse(ServerHttpResponse delegate, Duration hold) {
        super(delegate);
        this.hold = hold;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        return Mono.delay(hold).then(super.writeWith(body));
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
        return Mono.delay(hold).then(super.writeAndFlushWith(body));
    }

    @Override
    public Mono<Void> setComplete() {
        return Mono.delay(hold).then(super.setComplete());
    }
}
