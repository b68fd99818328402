package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationService;
import org.threepl.portal.application.view.OrganisationSummary;

/** One organisation's page; another organisation's id gives 404, whether it exists or not. */
@Named
@ViewScoped
public class OrganisationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    private Long id;
    // a view is not serialisable: kept for the request, loaded again when a restored session reads it
    private transient OrganisationSummary summary;

    public void load() {
        if (id == null) {
            Faces.sendError(404);
            return;
        }
        try {
            summary = organisations.summary(id);
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationSummary getSummary() {
        if (summary == null && id != null) {
            summary = organisations.summary(id);
        }
        return summary;
    }
}
