package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.SecurityLogQueries;
import org.threepl.portal.domain.model.security.SecurityEventType;

/** The security log for operations admins: filter, page through, export. */
@Named
@ViewScoped
public class SecurityLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityLogQueries log;

    @Inject
    FormatBean fmt;

    private SecurityEventType.Category category;
    private String name;
    private Long organisationId;
    private LocalDate from;
    private LocalDate to;
    private PagedDataModel<SecurityLogQueries.Entry> entries;

    public void load() {
        try {
            log.count(filter()); // ops admins only: everyone else gets 403 here, before the table asks
            search();
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    public void search() {
        SecurityLogQueries.Filter f = filter();
        entries = PagedDataModel.of(
                (offset, limit) -> log.page(f, offset, limit), () -> log.count(f), e -> String.valueOf(e.id()));
    }

    public void export(String extension) {
        SecurityLogQueries.Filter f = filter();
        Downloads.table(extension, "security-log", (format, out) -> log.export(f, format, fmt.formats(), out));
    }

    private SecurityLogQueries.Filter filter() {
        return new SecurityLogQueries.Filter(category, name, organisationId, from, to);
    }

    public List<SecurityEventType.Category> getCategories() {
        return List.of(SecurityEventType.Category.values());
    }

    public PagedDataModel<SecurityLogQueries.Entry> getEntries() {
        if (entries == null) {
            search();
        }
        return entries;
    }

    public SecurityEventType.Category getCategory() {
        return category;
    }

    public void setCategory(SecurityEventType.Category category) {
        this.category = category;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
