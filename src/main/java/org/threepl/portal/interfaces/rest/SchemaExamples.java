package org.threepl.portal.interfaces.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * An example value for a schema of the API document, built from the schema itself (its properties, types, formats,
 * enumerations and bounds) with plausible values for the names this API uses, so that every answer the document
 * describes shows what it looks like and can never drift from its schema.
 */
final class SchemaExamples {

    private static final String REF_PREFIX = "#/components/schemas/";
    private static final int DEEPEST = 6;

    private final Map<String, Schema> components;

    SchemaExamples(Map<String, Schema> components) {
        this.components = components == null ? Map.of() : components;
    }

    Object of(Schema schema) {
        return of(schema, "", 0, Set.of());
    }

    private Object of(Schema schema, String name, int depth, Set<String> seen) {
        if (schema == null || depth > DEEPEST) {
            return null;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getRef() != null) {
            String component = schema.getRef().substring(REF_PREFIX.length());
            if (seen.contains(component)) {
                return null;
            }
            Set<String> deeper = new java.util.HashSet<>(seen);
            deeper.add(component);
            return of(components.get(component), name, depth + 1, deeper);
        }
        for (List<Schema> choices : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (choices != null) {
                for (Schema choice : choices) {
                    Object value = of(choice, name, depth + 1, seen);
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        return switch (typeOf(schema)) {
            case OBJECT -> object(schema, depth, seen);
            case ARRAY -> {
                Object item = of(schema.getItems(), singular(name), depth + 1, seen);
                yield item == null ? List.of() : List.of(item);
            }
            case INTEGER -> integer(schema, name);
            case NUMBER -> schema.getMinimum() != null ? schema.getMinimum() : new BigDecimal("1250.00");
            case BOOLEAN -> Boolean.TRUE;
            case NULL -> null;
            case STRING -> text(schema.getFormat(), name);
        };
    }

    private Object object(Schema schema, int depth, Set<String> seen) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((property, value) -> {
                Object v = of(value, property, depth + 1, seen);
                if (v != null || "next".equals(property)) {
                    example.put(property, v);
                }
            });
        }
        return example;
    }

    private static SchemaType typeOf(Schema schema) {
        List<SchemaType> types = schema.getType() == null ? List.of() : new ArrayList<>(schema.getType());
        types.remove(SchemaType.NULL);
        if (!types.isEmpty()) {
            return types.get(0);
        }
        return schema.getProperties() != null ? SchemaType.OBJECT : SchemaType.STRING;
    }

    private static Object integer(Schema schema, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("version")) {
            return 0;
        }
        if (n.equals("id") || n.endsWith("id")) {
            return 1042;
        }
        return schema.getMinimum() != null && schema.getMinimum().signum() > 0 ? schema.getMinimum() : 3;
    }

    private static String text(String format, String name) {
        if ("date-time".equals(format)) {
            return "2026-11-30T09:15:00Z";
        }
        if ("date".equals(format)) {
            return "2026-11-30";
        }
        if ("binary".equals(format) || "byte".equals(format)) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("next")) {
            return "https://portal.example/api/v1/shipments?cursor=eyJrIjoiMTA0MiJ9";
        }
        if (n.contains("url") || n.equals("type") || n.equals("location")) {
            return "https://portal.example/api/v1/…";
        }
        if (n.contains("email")) {
            return "ops@acme.example";
        }
        if (n.equals("currency")) {
            return "EUR";
        }
        if (n.contains("reference")) {
            return "ACME-PO-90001";
        }
        if (name.endsWith("At") || n.endsWith("time")) {
            return "2026-11-30T09:15:00Z";
        }
        if (name.endsWith("On") || n.endsWith("day") || n.endsWith("date")) {
            return "2026-11-30";
        }
        return name.isEmpty() ? "text" : "the " + name;
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
