/**
 * Kafka for tests: {@link dev.hexgate.testkit.kafka.SharedKafka} (one broker per test JVM),
 * {@link dev.hexgate.testkit.kafka.WithKafka} (JUnit 5) and {@link dev.hexgate.testkit.kafka.KafkaProbe}
 * (assert on what got published).
 */
package dev.hexgate.testkit.kafka;
