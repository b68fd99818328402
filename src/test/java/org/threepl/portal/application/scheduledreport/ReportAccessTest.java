package org.threepl.portal.application.scheduledreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.report.ReportKind;

class ReportAccessTest {

    private static final Caller CLIENT = Caller.user(1L, "acme.ann", Role.CLIENT_USER, 7L, TenantScope.of(List.of(7L)));
    private static final Caller MANAGER =
            Caller.user(2L, "am.bob", Role.ACCOUNT_MANAGER, null, TenantScope.of(List.of(7L, 8L)));
    private static final Caller OPS = Caller.user(3L, "ops.cy", Role.OPS_ADMIN, null, TenantScope.all());

    @Test
    void peopleReceiveWhatTheyMayDownload() {
        assertTrue(ReportAccess.refusal(CLIENT, ReportKind.SHIPMENTS, 7L).isEmpty());
        assertTrue(ReportAccess.refusal(CLIENT, ReportKind.SLA_PERIOD, 7L).isEmpty());
        assertTrue(ReportAccess.refusal(MANAGER, ReportKind.SLA_PERIOD, 8L).isEmpty());
        assertTrue(ReportAccess.refusal(MANAGER, ReportKind.SHIPMENTS, null).isEmpty());
        assertTrue(
                ReportAccess.refusal(OPS, ReportKind.DISPUTE_STATISTICS, null).isEmpty());
    }

    @Test
    void anOrganisationOutOfSightOrAKindOfReportNotTheirsIsRefusedSayingWhy() {
        assertEquals(
                "The owner may no longer see organisation 9",
                ReportAccess.refusal(MANAGER, ReportKind.SLA_PERIOD, 9L).orElseThrow());
        assertTrue(ReportAccess.refusal(CLIENT, ReportKind.SHIPMENTS, 8L).isPresent());
        assertTrue(ReportAccess.refusal(MANAGER, ReportKind.DISPUTE_STATISTICS, null)
                .isPresent());
        Caller key = Caller.apiCredential(4L, "tms", 7L, EnumSet.of(ApiScope.READ), TenantScope.of(List.of(7L)));
        assertTrue(ReportAccess.refusal(key, ReportKind.SHIPMENTS, 7L).isPresent());
    }

    @Test
    void aClientsReportIsOfTheirOwnOrganisationWhateverWasAsked() {
        assertEquals(7L, ReportAccess.organisationFor(CLIENT, 8L));
        assertEquals(8L, ReportAccess.organisationFor(MANAGER, 8L));
        assertEquals(null, ReportAccess.organisationFor(OPS, null));
    }
}
