/**
 * Test support shared by every hexgate module: one Kafka broker and one PostgreSQL server per test JVM, JUnit 5
 * annotations that start them, and Kafka assertions.
 *
 * <ul>
 *   <li>{@link dev.hexgate.testkit.kafka} — {@code SharedKafka}, {@code @WithKafka}, {@code KafkaProbe}</li>
 *   <li>{@link dev.hexgate.testkit.postgres} — {@code SharedPostgres}, {@code @WithPostgres}</li>
 *   <li>{@link dev.hexgate.testkit.emulator} — the Hex emulator in-process (to come)</li>
 * </ul>
 *
 * <p>Everything runs in-process by default, so tests need no Docker. Testcontainers is an opt-in, see
 * {@link dev.hexgate.testkit.ContainerOptIn}.
 */
package dev.hexgate.testkit;
