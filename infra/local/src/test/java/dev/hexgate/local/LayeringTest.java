package dev.hexgate.local;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md §2, checked on the compiled classes: a service depends on contracts and hex-client,
 * never on another service; the libraries depend on no service. infra/local sees every module, so it checks them.
 */
class LayeringTest {

    private static final List<String> SERVICES = List.of("dev.hexgate.gateway..", "dev.hexgate.slack..",
            "dev.hexgate.hexapi..", "dev.hexgate.poller..", "dev.hexgate.vault..", "dev.hexgate.audit..",
            "dev.hexgate.emulator..");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.hexgate");

    @Test
    void noServiceDependsOnAnother() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(s -> !s.equals(service)).toArray(String[]::new);
            noClasses().that().resideInAPackage(service)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("services talk over Kafka and HTTP only (DESIGN.md §2)")
                    .check(classes);
        }
    }

    @Test
    void librariesDependOnNoService() {
        noClasses().that().resideInAnyPackage("dev.hexgate.contracts..", "dev.hexgate.hexclient..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES.toArray(String[]::new))
                .check(classes);
    }

    @Test
    void hexClientDoesNotReachIntoKafka() {
        noClasses().that().resideInAPackage("dev.hexgate.hexclient..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
                .because("hex-client only talks to Hex; messaging belongs to the services")
                .check(classes);
    }
}
