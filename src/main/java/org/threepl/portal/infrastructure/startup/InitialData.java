package org.threepl.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.PasswordHasher;
import org.threepl.portal.domain.model.account.EmailAddress;
import org.threepl.portal.domain.model.account.PasswordPolicy;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.account.Username;
import org.threepl.portal.infrastructure.persistence.DatabaseKind;
import org.threepl.portal.infrastructure.persistence.JpaUserAccountRepository;

/**
 * The data a new installation starts with. Production (PostgreSQL) starts empty except for a first ops admin taken from
 * configuration ({@code portal.bootstrap.admin.*}), created only while no ops admin exists. The embedded default also
 * gets the demo data, once, into an empty database.
 */
@ApplicationScoped
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

    @Inject
    @ConfigProperty(name = "portal.bootstrap.admin.username")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "portal.bootstrap.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "portal.bootstrap.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "portal.demo.data")
    Optional<String> demoData;

    @Inject
    DatabaseKind database;

    @Inject
    JpaUserAccountRepository users;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordHasher hasher;

    @Inject
    DemoData demo;

    @Inject
    Clock clock;

    @Transactional
    public void load() {
        createBootstrapAdmin();
        if (demoDataWanted() && organisations.count(org.threepl.portal.application.TenantScope.all()) == 0) {
            demo.load();
            LOG.info("Demo organisations, users and API keys loaded (see README.md for the logins)");
        }
    }

    /** Demo data when asked for explicitly, or by default with the embedded H2 database only. */
    boolean demoDataWanted() {
        return demoData.filter(s -> !s.isBlank())
                .map(s -> Boolean.parseBoolean(s.trim()))
                .orElse(database.isH2());
    }

    private void createBootstrapAdmin() {
        String username = adminUsername.map(String::trim).orElse("");
        if (username.isEmpty() || users.anyOpsAdmin()) {
            return;
        }
        String password = adminPassword.orElse("");
        Optional<String> problem = PasswordPolicy.problemWith(password, username);
        if (problem.isPresent()) {
            LOG.severe("The first ops admin was not created: " + problem.get()
                    + " (set portal.bootstrap.admin.password / PORTAL_BOOTSTRAP_ADMIN_PASSWORD)");
            return;
        }
        String email = adminEmail.filter(e -> !e.isBlank()).orElse(username + "@localhost.localdomain");
        UserAccount admin = UserAccount.staffMember(
                Username.of(username),
                "Operations administrator",
                EmailAddress.of(email),
                Role.OPS_ADMIN,
                hasher.hash(password.toCharArray()),
                clock.instant());
        admin.assignTemporaryPassword(admin.passwordHash()); // configuration is no place to keep a password
        users.add(admin);
        LOG.info(() -> "First ops admin '" + admin.username() + "' created from configuration;"
                + " the password must be changed at first sign-in");
    }
}
