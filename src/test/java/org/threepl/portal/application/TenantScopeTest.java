package org.threepl.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("TenantScope")
class TenantScopeTest {

    @Nested
    @DisplayName("all()")
    class All {

        private final TenantScope all = TenantScope.all();

        @Test
        void includesEveryOrganisation() {
            assertTrue(all.includes(1L));
            assertTrue(all.includes(42L));
            assertTrue(all.includes(Long.MAX_VALUE));
        }

        @Test
        void doesNotIncludeANullOrganisation() {
            assertFalse(all.includes(null));
        }

        @Test
        void isUnrestricted() {
            assertTrue(all.isUnrestricted());
        }

        @Test
        void refusesToListOrganisations() {
            assertThrows(IllegalStateException.class, all::organisationIds);
        }
    }

    @Nested
    @DisplayName("of(ids)")
    class Some {

        private final TenantScope some = TenantScope.of(List.of(10L, 20L));

        @Test
        void includesOnlyTheGivenOrganisations() {
            assertTrue(some.includes(10L));
            assertTrue(some.includes(20L));
            assertFalse(some.includes(30L));
            assertFalse(some.includes(null));
        }

        @Test
        void isRestrictedAndListsItsOrganisations() {
            assertFalse(some.isUnrestricted());
            assertEquals(Set.of(10L, 20L), some.organisationIds());
        }

        @Test
        void anEmptyScopeIncludesNothing() {
            TenantScope none = TenantScope.of(List.of());
            assertFalse(none.includes(10L));
            assertFalse(none.isUnrestricted());
            assertEquals(Set.of(), none.organisationIds());
        }

        @Test
        void copiesTheGivenIds() {
            List<Long> ids = new ArrayList<>(List.of(10L));
            TenantScope scope = TenantScope.of(ids);
            ids.add(20L);
            assertFalse(scope.includes(20L));
            assertThrows(
                    UnsupportedOperationException.class,
                    () -> scope.organisationIds().add(20L));
        }

        @Test
        void scopesWithTheSameOrganisationsAreEqual() {
            assertEquals(TenantScope.of(List.of(10L, 20L)), TenantScope.of(Set.of(20L, 10L)));
        }
    }
}
