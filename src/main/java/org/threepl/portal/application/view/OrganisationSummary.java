package org.threepl.portal.application.view;

import java.util.List;

/** What a client's home page and an organisation page show about one organisation. */
public record OrganisationSummary(
        OrganisationView organisation, List<ContractView> contracts, List<String> accountManagers, long userCount) {}
