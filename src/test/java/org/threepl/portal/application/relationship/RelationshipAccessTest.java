package org.threepl.portal.application.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;

/** Who may do what in relationship management, as a table: one row per kind of caller. */
class RelationshipAccessTest {

    private static final Long ACME = 10L;
    private static final Long GLOBEX = 20L;

    static final Caller OPS = Caller.user(1L, "olivia", Role.OPS_ADMIN, null, TenantScope.all());
    static final Caller MANAGER = Caller.user(2L, "mary", Role.ACCOUNT_MANAGER, null, TenantScope.of(List.of(ACME)));
    static final Caller CLIENT_ADMIN = Caller.user(3L, "carl", Role.CLIENT_ADMIN, ACME, TenantScope.of(List.of(ACME)));
    static final Caller CLIENT_USER = Caller.user(4L, "cora", Role.CLIENT_USER, ACME, TenantScope.of(List.of(ACME)));
    static final Caller CLIENT_RW_KEY = Caller.apiCredential(
            5L, "acme-erp", ACME, EnumSet.of(ApiScope.READ, ApiScope.WRITE), TenantScope.of(List.of(ACME)));
    static final Caller CLIENT_READ_KEY =
            Caller.apiCredential(6L, "acme-bi", ACME, EnumSet.of(ApiScope.READ), TenantScope.of(List.of(ACME)));
    static final Caller PROVIDER_RW_KEY =
            Caller.apiCredential(7L, "3pl-crm", null, EnumSet.of(ApiScope.READ, ApiScope.WRITE), TenantScope.all());
    static final Caller PROVIDER_READ_KEY =
            Caller.apiCredential(8L, "3pl-bi", null, EnumSet.of(ApiScope.READ), TenantScope.all());

    /** caller, sees internals, manages, decides, answers ACME's survey, answers GLOBEX's survey. */
    static Stream<Arguments> callers() {
        return Stream.of(
                argumentSet("ops admin", OPS, true, true, true, false, false),
                argumentSet("account manager", MANAGER, true, true, false, false, false),
                argumentSet("client admin", CLIENT_ADMIN, false, false, false, true, false),
                argumentSet("client user", CLIENT_USER, false, false, false, false, false),
                argumentSet("client key with WRITE", CLIENT_RW_KEY, false, false, false, true, false),
                argumentSet("client key, read only", CLIENT_READ_KEY, false, false, false, false, false),
                argumentSet("3PL key with WRITE", PROVIDER_RW_KEY, true, true, true, false, false),
                argumentSet("3PL key, read only", PROVIDER_READ_KEY, true, false, false, false, false));
    }

    @ParameterizedTest
    @MethodSource("callers")
    void theRulesOfEachKindOfCaller(
            Caller caller,
            boolean internals,
            boolean manages,
            boolean decides,
            boolean answersOwn,
            boolean answersOther) {
        assertEquals(internals, RelationshipAccess.maySeeInternals(caller), "sees internals");
        assertEquals(manages, RelationshipAccess.mayManage(caller), "manages");
        assertEquals(decides, RelationshipAccess.mayDecide(caller), "decides");
        assertEquals(answersOwn, RelationshipAccess.mayAnswerSurvey(caller, ACME), "answers its own survey");
        assertEquals(answersOther, RelationshipAccess.mayAnswerSurvey(caller, GLOBEX), "answers another's survey");
    }
}
