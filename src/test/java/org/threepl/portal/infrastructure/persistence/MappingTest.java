package org.threepl.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;

/**
 * Hibernate reads the mapping of every class persistence.xml lists, without a database: a mapping mistake (a misplaced
 * annotation, a wrong embeddable) fails here in seconds instead of at the server's start. The mapping against the real
 * schema is checked at every start (ApplicationStartup) and so by every IT.
 */
class MappingTest {

    @Test
    void everyListedClassMaps() throws Exception {
        String xml = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(xml);
            int classes = 0;
            while (m.find()) {
                sources.addAnnotatedClass(Class.forName(m.group(1)));
                classes++;
            }
            assertTrue(classes > 40, "persistence.xml lists the entities: " + classes);
            assertDoesNotThrow(() -> sources.buildMetadata());
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** An entity missing from the list is unknown to the server: its first query fails at run time, not here. */
    @Test
    void everyEntityIsListed() throws Exception {
        String xml = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
        java.util.List<String> missing = new com.tngtech.archunit.core.importer.ClassFileImporter()
                        .withImportOption(
                                com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.threepl.portal")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(jakarta.persistence.Entity.class))
                        .map(com.tngtech.archunit.core.domain.JavaClass::getName)
                        .filter(name -> !xml.contains("<class>" + name + "</class>"))
                        .sorted()
                        .toList();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), missing, "entities not in persistence.xml");
    }
}
