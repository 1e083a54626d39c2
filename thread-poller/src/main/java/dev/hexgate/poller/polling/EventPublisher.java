package dev.hexgate.poller.polling;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import reactor.core.publisher.Mono;

/** Sends records and completes when Kafka acknowledged all of them (idempotent producer, acks=all). */
public class EventPublisher {

    private final Producer<String, byte[]> producer;

    public EventPublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    public Mono<Void> send(List<ProducerRecord<String, byte[]>> records) {
        return Mono.defer(() -> {
            CompletableFuture<?>[] acks = new CompletableFuture<?>[records.size()];
            for (int i = 0; i < records.size(); i++) {
                CompletableFuture<Void> ack = new CompletableFuture<>();
                producer.send(records.get(i), (metadata, error) -> {
                    if (error == null) {
                        ack.complete(null);
                    } else {
                        ack.completeExceptionally(error);
                    }
                });
                acks[i] = ack;
            }
            return Mono.fromFuture(CompletableFuture.allOf(acks));
        });
    }
}
