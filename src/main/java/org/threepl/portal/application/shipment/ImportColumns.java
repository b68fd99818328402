package org.threepl.portal.application.shipment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threepl.portal.domain.model.shipment.ImportJob.Kind;

/**
 * The columns a CSV import reads, in the order of its template, an example line for each kind, and how an error that
 * names an API field ({@code transportMode}, {@code items[3].pickupWindow}) is told by the file's column.
 */
public final class ImportColumns {

    /** The columns a shipments file must have. */
    public static final List<String> REQUIRED_SHIPMENTS = List.of(
            "reference",
            "origin",
            "destination",
            "transport_mode",
            "service_level",
            "pickup_from",
            "pickup_to",
            "delivery_from",
            "delivery_to",
            "ordered_quantity");

    /** The columns a tracking events file must have. */
    public static final List<String> REQUIRED_EVENTS =
            List.of("shipment_reference", "event_id", "source_system", "status_code", "occurred_at");

    /** Every column of a shipments file: the required ones of {@link #REQUIRED_SHIPMENTS} and the optional ones. */
    public static final List<String> SHIPMENTS = List.of(
            "organisation",
            "reference",
            "shipment_number",
            "origin",
            "destination",
            "transport_mode",
            "service_level",
            "pickup_from",
            "pickup_to",
            "delivery_from",
            "delivery_to",
            "ordered_quantity",
            "weight_kg",
            "declared_value",
            "currency");

    /** Every column of a tracking events file. */
    public static final List<String> EVENTS = List.of(
            "organisation",
            "shipment_reference",
            "event_id",
            "source_system",
            "status_code",
            "reason_code",
            "occurred_at",
            "zone",
            "location");

    private static final List<String> SHIPMENT_EXAMPLE = List.of(
            "ACME",
            "PO-100234",
            "SHP-2026-0001",
            "Shanghai",
            "Hamburg",
            "SEA",
            "STANDARD",
            "2026-11-03T08:00:00Z",
            "2026-11-03T12:00:00Z",
            "2026-12-01T08:00:00Z",
            "2026-12-01T17:00:00Z",
            "120",
            "850.5",
            "12500.00",
            "EUR");

    private static final List<String> EVENT_EXAMPLE = List.of(
            "ACME",
            "PO-100234",
            "wms-000123",
            "WMS",
            "AF",
            "",
            "2026-11-03T10:15:00+08:00",
            "Asia/Shanghai",
            "Shanghai");

    /** API fields whose column is not simply the field's name in snake case. */
    private static final Map<String, String> ALIASES = Map.of(
            "pickupwindow", "pickup_from",
            "deliverywindow", "delivery_from",
            "weight", "weight_kg",
            "planneddelivery", "delivery_to");

    private ImportColumns() {}

    public static List<String> of(Kind kind) {
        return kind == Kind.SHIPMENTS ? SHIPMENTS : EVENTS;
    }

    /** The columns a kind's file must have. */
    public static List<String> required(Kind kind) {
        return kind == Kind.SHIPMENTS ? REQUIRED_SHIPMENTS : REQUIRED_EVENTS;
    }

    /** An example line of the template, one value for each of {@link #of(Kind)}. */
    public static List<String> example(Kind kind) {
        return kind == Kind.SHIPMENTS ? SHIPMENT_EXAMPLE : EVENT_EXAMPLE;
    }

    /** The file name of a kind's template. */
    public static String templateName(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + "-import-template";
    }

    /**
     * The column of a kind's file that an error's field names ({@code transportMode},
     * {@code shipments[3].plannedDelivery}, {@code ordered_quantity}), in lower case as the import reads it; none when
     * the field is no column (the whole line).
     */
    public static String columnOf(Kind kind, String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String f = field.strip();
        int bracket = f.lastIndexOf("].");
        if (bracket >= 0) {
            f = f.substring(bracket + 2);
        }
        int dot = f.indexOf('.');
        if (dot > 0) {
            f = f.substring(0, dot); // pickupWindow.from: the window's field
        }
        String alias = ALIASES.get(f.toLowerCase(Locale.ROOT));
        String column = alias != null ? alias : snake(f);
        if (kind == Kind.EVENTS && column.equals("reference")) {
            column = "shipment_reference";
        }
        return of(kind).contains(column) ? column : null;
    }

    /** {@code line 14, column planned_delivery: message}, or {@code line 14: message} when no column is at fault. */
    public static String describe(long line, String column, String message) {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + message;
    }

    private static String snake(String camel) {
        StringBuilder b = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && b.charAt(b.length() - 1) != '_') {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
