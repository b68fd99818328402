package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.threepl.portal.application.shipment.ShipmentQueryService;

/** The header's search box: straight to the shipment a reference names, otherwise to the list of those it starts. */
@Named
@RequestScoped
public class SearchBean {

    /** Longer than any reference or number a shipment can have. */
    static final int MAX = 64;

    @Inject
    ShipmentQueryService shipments;

    private String text;

    public void find() {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            Faces.redirect("/shipments.xhtml");
            return;
        }
        if (q.length() > MAX) {
            q = q.substring(0, MAX);
        }
        var one = shipments.findOne(q);
        if (one.isPresent()) {
            Faces.redirect("/shipment.xhtml?id=" + one.get());
        } else {
            Faces.redirect("/shipments.xhtml?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
