package dev.hexgate.testkit.kafka;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the {@linkplain SharedKafka shared broker} before the test class and lets test methods, lifecycle methods
 * and constructors declare a {@link KafkaBroker} parameter.
 *
 * <pre>{@code
 * @WithKafka
 * class OrderEventsTest {
 *     @Test
 *     void publishesOrderPlaced(KafkaBroker kafka) {
 *         kafka.createTopic("orders", 3);
 *         try (KafkaProbe probe = KafkaProbe.listen(kafka, "orders")) {
 *             // ... act ...
 *             probe.awaitRecord(r -> "order-1".equals(r.key()), Duration.ofSeconds(10));
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>With Spring Boot, keep the annotation (it starts the broker before the context) and hand the address to the
 * context through {@code @DynamicPropertySource}:
 * <pre>{@code
 * @WithKafka
 * @SpringBootTest
 * class ConsumerIT {
 *     @DynamicPropertySource
 *     static void props(DynamicPropertyRegistry r) {
 *         r.add("spring.kafka.bootstrap-servers", () -> SharedKafka.get().bootstrapServers());
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KafkaExtension.class)
public @interface WithKafka {
}
