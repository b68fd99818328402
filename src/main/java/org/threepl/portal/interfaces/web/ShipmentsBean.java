package org.threepl.portal.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.threepl.portal.application.shipment.ShipmentExportService;
import org.threepl.portal.application.shipment.ShipmentFilter;
import org.threepl.portal.application.shipment.ShipmentQueryService;
import org.threepl.portal.application.shipment.ShipmentSort;
import org.threepl.portal.application.shipment.ShipmentSummary;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;

/**
 * The shipment history table: filters, sort, and pages read from the database one at a time. The total is counted only
 * up to {@link ShipmentQueryService#COUNT_CAP}: no count(*) over a whole history.
 */
@Named
@ViewScoped
public class ShipmentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private ShipmentStatus status;
    private String reference;
    private String lane;
    private LocalDate pickupFrom;
    private LocalDate pickupTo;
    private boolean exceptionsOnly;
    private ShipmentStatus.Progress progress;
    private String sort = ShipmentSort.PICKUP_DESC.parameter();
    private PagedDataModel<ShipmentSummary> model;
    private String saveAs;
    private Long savedFilterId;

    private static org.threepl.portal.application.SavedFilterService savedFilters() {
        return CDI.current()
                .select(org.threepl.portal.application.SavedFilterService.class)
                .get();
    }

    public List<org.threepl.portal.application.SavedFilterService.SavedFilterView> getSavedFilters() {
        return savedFilters().mine();
    }

    /** Saves the current filters and order under a name (the same name replaces the earlier one). */
    public void saveFilter() {
        try {
            savedFilters().save(saveAs, definition());
            Faces.info(Faces.text("filter.saved", saveAs));
            saveAs = null;
        } catch (org.threepl.portal.domain.model.shared.DomainRuleViolation e) {
            Faces.error("filter:saveAs", Faces.refusal(e));
        }
    }

    /** Applies a saved filter. */
    public void applySaved() {
        getSavedFilters().stream()
                .filter(f -> f.id().equals(savedFilterId))
                .findFirst()
                .ifPresent(f -> {
                    reset();
                    java.util.Map<String, String> p = new java.util.HashMap<>();
                    for (String pair : f.definition().split("&")) {
                        int eq = pair.indexOf('=');
                        if (eq > 0) {
                            p.put(
                                    pair.substring(0, eq),
                                    java.net.URLDecoder.decode(
                                            pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                    status = p.containsKey("status") ? ShipmentStatus.valueOf(p.get("status")) : null;
                    reference = p.get("reference");
                    lane = p.get("lane");
                    pickupFrom = p.containsKey("pickupFrom") ? LocalDate.parse(p.get("pickupFrom")) : null;
                    pickupTo = p.containsKey("pickupTo") ? LocalDate.parse(p.get("pickupTo")) : null;
                    exceptionsOnly = Boolean.parseBoolean(p.get("exceptions"));
                    progress = p.containsKey("progress") ? ShipmentStatus.Progress.valueOf(p.get("progress")) : null;
                    sort = p.getOrDefault("sort", ShipmentSort.PICKUP_DESC.parameter());
                });
    }

    /** The current filters as query parameters (the same names as the API's). */
    String definition() {
        StringBuilder d = new StringBuilder("sort=").append(enc(sort));
        if (status != null) d.append("&status=").append(status.name());
        if (reference != null && !reference.isBlank()) d.append("&reference=").append(enc(reference));
        if (lane != null && !lane.isBlank()) d.append("&lane=").append(enc(lane));
        if (pickupFrom != null) d.append("&pickupFrom=").append(pickupFrom);
        if (pickupTo != null) d.append("&pickupTo=").append(pickupTo);
        if (exceptionsOnly) d.append("&exceptions=true");
        if (progress != null) d.append("&progress=").append(progress.name());
        return d.toString();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getSaveAs() {
        return saveAs;
    }

    public void setSaveAs(String saveAs) {
        this.saveAs = saveAs;
    }

    public Long getSavedFilterId() {
        return savedFilterId;
    }

    public void setSavedFilterId(Long savedFilterId) {
        this.savedFilterId = savedFilterId;
    }

    public void search() {
        model = null;
    }

    public void reset() {
        status = null;
        reference = null;
        lane = null;
        pickupFrom = null;
        pickupTo = null;
        exceptionsOnly = false;
        progress = null;
        model = null;
    }

    private ShipmentFilter filter() {
        return new ShipmentFilter(
                null,
                status,
                start(pickupFrom),
                start(pickupTo == null ? null : pickupTo.plusDays(1)),
                null,
                null,
                lane,
                null,
                null,
                reference,
                exceptionsOnly,
                progress);
    }

    /**
     * Downloads exactly what the table shows under the current filters and order, as CSV, XLSX or PDF, in the reader's
     * words.
     */
    public void export(String extension) {
        ShipmentFilter filter = filter();
        ShipmentSort order = ShipmentSort.parse(sort);
        Downloads.table(
                extension,
                "shipments",
                (format, out) -> CDI.current()
                        .select(ShipmentExportService.class)
                        .get()
                        .write(
                                filter,
                                order,
                                format,
                                CDI.current().select(FormatBean.class).get().formats(),
                                out));
    }

    /** Opens the scheduled reports' form with the current filters and order, to have this export sent regularly. */
    public void schedule() {
        Faces.redirect("/scheduled-reports.xhtml?kind=SHIPMENTS&filter=" + enc(definition()));
    }

    /** Where a home-page tile sends the reader: the shipments on their way, or the exceptions still open. */
    public ShipmentStatus.Progress getProgress() {
        return progress;
    }

    public void setProgress(ShipmentStatus.Progress progress) {
        this.progress = progress;
        model = null;
    }

    public PagedDataModel<ShipmentSummary> getModel() {
        if (model == null) {
            ShipmentFilter filter = filter();
            ShipmentSort order = ShipmentSort.parse(sort);
            model = PagedDataModel.of(
                    (offset, limit) -> CDI.current()
                            .select(ShipmentQueryService.class)
                            .get()
                            .page(filter, order, offset, limit),
                    () -> CDI.current().select(ShipmentQueryService.class).get().countUpToCap(filter),
                    s -> s.id().toString());
        }
        return model;
    }

    /** "more than 10,000" instead of an exact count of a large history. */
    public boolean isCountCapped() {
        return getModel().getRowCount() > ShipmentQueryService.COUNT_CAP;
    }

    public int getCountCap() {
        return ShipmentQueryService.COUNT_CAP;
    }

    private static java.time.Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public List<ShipmentStatus> getStatuses() {
        return List.of(ShipmentStatus.values());
    }

    public List<ShipmentSort> getSorts() {
        return List.of(ShipmentSort.values());
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public void setStatus(ShipmentStatus status) {
        this.status = status;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getLane() {
        return lane;
    }

    public void setLane(String lane) {
        this.lane = lane;
    }

    public LocalDate getPickupFrom() {
        return pickupFrom;
    }

    public void setPickupFrom(LocalDate pickupFrom) {
        this.pickupFrom = pickupFrom;
    }

    public LocalDate getPickupTo() {
        return pickupTo;
    }

    public void setPickupTo(LocalDate pickupTo) {
        this.pickupTo = pickupTo;
    }

    public List<ShipmentStatus.Progress> getProgresses() {
        return List.of(ShipmentStatus.Progress.values());
    }

    public boolean isExceptionsOnly() {
        return exceptionsOnly;
    }

    public void setExceptionsOnly(boolean exceptionsOnly) {
        this.exceptionsOnly = exceptionsOnly;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
