package dev.hexgate.emulator.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Wire format details Hex clients see. Hex always sends timestamps with exactly three fraction digits
 * ({@code 2024-08-21T17:16:09.567Z}); Jackson's default drops a zero fraction, so Instants get a fixed format.
 * Spring Boot registers every {@link JacksonModule} bean with the application's JSON mapper.
 */
@Configuration(proxyBeanMethods = false)
public class HexJsonConfiguration {

    static final DateTimeFormatter HEX_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Bean
    public JacksonModule hexTimestampModule() {
        return new SimpleModule("hex-timestamps").addSerializer(Instant.class, new HexTimestampSerializer());
    }

    static final class HexTimestampSerializer extends StdSerializer<Instant> {
        HexTimestampSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(HEX_TIMESTAMP.format(value));
        }
    }
}
