package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.threepl.portal.application.OrganisationService;
import org.threepl.portal.application.view.OrganisationSummary;
import org.threepl.portal.application.view.OrganisationView;

import java.io.Serializable;

/**
 * The home page of each role: a client sees its organisation's summary; an account manager its
 * clients; an ops admin every organisation.
 */
@Named
@ViewScoped
public class HomeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationService organisations;

    @Inject
    SessionBean user;

    private OrganisationSummary ownOrganisation;
    private PagedDataModel<OrganisationView> organisationList;

    public OrganisationSummary getOwnOrganisation() {
        if (ownOrganisation == null && user.isClient()) {
            ownOrganisation = organisations.summary(user.getOrganisationId());
        }
        return ownOrganisation;
    }

    public PagedDataModel<OrganisationView> getOrganisations() {
        if (organisationList == null) {
            organisationList = new PagedDataModel<>((PagedDataModel.PageSource<OrganisationView>)
                    (offset, limit) -> lookup().list(offset, limit), o -> o.id().toString());
        }
        return organisationList;
    }

    private static OrganisationService lookup() {
        return jakarta.enterprise.inject.spi.CDI.current().select(OrganisationService.class).get();
    }
}
