package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.shipment.ShipmentDetail;
import org.threepl.portal.application.shipment.ShipmentQueryService;

/** One shipment with its timeline; another organisation's shipment gives 404. */
@Named
@ViewScoped
public class ShipmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ShipmentQueryService queries;

    @Inject
    org.threepl.portal.application.shipment.ShipmentNoteService notes;

    private Long id;
    // a view is not serialisable: kept for the request, loaded again when a restored session reads it
    private transient ShipmentDetail detail;
    private String noteText;

    public void addNote() {
        try {
            notes.add(id, noteText);
            noteText = null;
            detail = queries.detail(id);
        } catch (org.threepl.portal.domain.model.shared.DomainRuleViolation e) {
            Faces.error("notes:text", Faces.refusal(e));
        }
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public void load() {
        if (id == null) {
            Faces.sendError(404);
            return;
        }
        try {
            detail = queries.detail(id);
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

    public ShipmentDetail getDetail() {
        if (detail == null && id != null) {
            detail = queries.detail(id);
        }
        return detail;
    }
}
