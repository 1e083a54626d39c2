package dev.hexgate.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** contracts is shared by every service, so it must stay free of frameworks that would force a choice on them. */
class ContractsLayeringTest {

    @Test
    void contractsDependOnNoFrameworkAndNoService() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.hexgate.contracts");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "reactor..", "io.modelcontextprotocol..",
                        "dev.hexgate.gateway..", "dev.hexgate.hexapi..", "dev.hexgate.hexclient..")
                .check(classes);
    }
}
