package dev.hexgate.testkit.kafka;

/** A broker this package started and must stop; {@link SharedKafka} hands it out only as {@link KafkaBroker}. */
interface RunningKafkaBroker extends KafkaBroker, AutoCloseable {

    @Override
    void close();
}
