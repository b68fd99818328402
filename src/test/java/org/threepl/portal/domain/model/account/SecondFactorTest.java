package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The second factor and the session epoch on a user account. */
class SecondFactorTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:15Z");
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static UserAccount staff() {
        return UserAccount.staffMember(
                Username.of("am.test"), "Test", EmailAddress.of("am@x.example"), Role.ACCOUNT_MANAGER, "h", NOW);
    }

    private static UserAccount client(boolean orgRequires) {
        Organisation org = new Organisation(OrganisationCode.of("ACME"), "Acme", NOW);
        org.requireSecondFactor(orgRequires);
        return UserAccount.clientUser(
                org, Username.of("acme.jane"), "Jane", EmailAddress.of("j@x.example"), Role.CLIENT_USER, "h", NOW);
    }

    private static String codeAt(Instant t) {
        return Totp.code(SECRET, Totp.stepAt(t));
    }

    @Test
    void staffMustHaveASecondFactorClientsWhenTheirOrganisationSays() {
        assertTrue(staff().secondFactorRequired());
        assertFalse(client(false).secondFactorRequired());
        assertTrue(client(true).secondFactorRequired());
    }

    @Test
    void enrolmentNeedsTheAppsCodeAndGivesTenRecoveryCodes() {
        UserAccount u = staff();
        assertThrows(
                DomainRuleViolation.class,
                () -> u.enrolSecondFactor(SECRET, "000000".equals(codeAt(NOW)) ? "111111" : "000000", NOW));
        assertFalse(u.hasSecondFactor());
        List<String> recovery = u.enrolSecondFactor(SECRET, codeAt(NOW), NOW);
        assertTrue(u.hasSecondFactor());
        assertEquals(10, recovery.size());
        assertEquals(10, new HashSet<>(recovery).size());
        assertEquals(10, u.unusedRecoveryCodes());
    }

    @Test
    void theEnrolmentCodeAndEveryCodeAfterWorkOnce() {
        UserAccount u = staff();
        u.enrolSecondFactor(SECRET, codeAt(NOW), NOW);
        assertEquals(
                UserAccount.SecondFactorCheck.WRONG,
                u.checkSecondFactor(codeAt(NOW), NOW),
                "the enrolment code is used up");
        Instant later = NOW.plusSeconds(30);
        assertEquals(UserAccount.SecondFactorCheck.CODE, u.checkSecondFactor(codeAt(later), later));
        assertEquals(UserAccount.SecondFactorCheck.WRONG, u.checkSecondFactor(codeAt(later), later), "replayed");
    }

    @Test
    void aRecoveryCodeWorksOnceInAnyCaseAndSpacing() {
        UserAccount u = staff();
        List<String> recovery = u.enrolSecondFactor(SECRET, codeAt(NOW), NOW);
        String code = recovery.get(3);
        assertEquals(
                UserAccount.SecondFactorCheck.RECOVERY_CODE,
                u.checkSecondFactor(" " + code.toUpperCase().replace("-", " "), NOW));
        assertEquals(9, u.unusedRecoveryCodes());
        assertEquals(UserAccount.SecondFactorCheck.WRONG, u.checkSecondFactor(code, NOW));
        List<String> fresh = u.newRecoveryCodes();
        assertEquals(10, u.unusedRecoveryCodes());
        assertEquals(
                UserAccount.SecondFactorCheck.WRONG,
                u.checkSecondFactor(recovery.get(4), NOW),
                "old codes are replaced");
        assertEquals(UserAccount.SecondFactorCheck.RECOVERY_CODE, u.checkSecondFactor(fresh.get(0), NOW));
    }

    @Test
    void passwordChangesResetsDisablingAndSecondFactorResetsEndEverySession() {
        UserAccount u = staff();
        int epoch = u.sessionEpoch();
        u.changePassword("h2");
        assertEquals(epoch + 1, u.sessionEpoch());
        u.assignTemporaryPassword("h3");
        assertEquals(epoch + 2, u.sessionEpoch());
        u.enrolSecondFactor(SECRET, codeAt(NOW), NOW);
        u.resetSecondFactor();
        assertEquals(epoch + 3, u.sessionEpoch());
        assertFalse(u.hasSecondFactor());
        assertEquals(0, u.unusedRecoveryCodes());
        u.disable();
        assertEquals(epoch + 4, u.sessionEpoch());
    }

    @Test
    void withoutAnAppThereIsNothingToCheck() {
        assertEquals(UserAccount.SecondFactorCheck.WRONG, staff().checkSecondFactor("123456", NOW));
        assertThrows(DomainRuleViolation.class, () -> staff().newRecoveryCodes());
    }
}
