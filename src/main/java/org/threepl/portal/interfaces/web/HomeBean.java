package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.threepl.portal.application.OrganisationService;
import org.threepl.portal.application.home.HomeService;
import org.threepl.portal.application.view.OrganisationSummary;
import org.threepl.portal.application.view.OrganisationView;

/**
 * The home page of each role: a client's shipments, service levels, disputes, invoices and alerts; an account manager's
 * late and waiting work with their clients; an operations admin's approvals, imports, jobs and sign-in trouble. Every
 * figure is read once per request.
 */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    HomeService home;

    @Inject
    OrganisationService organisations;

    @Inject
    SessionBean user;

    private HomeService.ClientHome client;
    private HomeService.StaffWork work;
    private HomeService.OperationsHome operations;
    private OrganisationSummary ownOrganisation;
    private PagedDataModel<OrganisationView> organisationList;

    public HomeService.ClientHome getClient() {
        if (client == null && user.isClient()) {
            client = home.client();
        }
        return client;
    }

    public HomeService.StaffWork getWork() {
        if (work == null && user.isAccountManager()) {
            work = home.staffWork();
        }
        return work;
    }

    public HomeService.OperationsHome getOperations() {
        if (operations == null && user.isOpsAdmin()) {
            operations = home.operations();
        }
        return operations;
    }

    public OrganisationSummary getOwnOrganisation() {
        if (ownOrganisation == null && user.isClient()) {
            ownOrganisation = organisations.summary(user.getOrganisationId());
        }
        return ownOrganisation;
    }

    /**
     * The staff's clients, paged in the database (the data model outlives this bean in the view, so it looks the
     * service up).
     */
    public PagedDataModel<OrganisationView> getOrganisations() {
        if (organisationList == null) {
            organisationList = new PagedDataModel<>(
                    (PagedDataModel.PageSource<OrganisationView>) (offset, limit) -> CDI.current()
                            .select(OrganisationService.class)
                            .get()
                            .list(offset, limit),
                    o -> o.id().toString());
        }
        return organisationList;
    }
}
