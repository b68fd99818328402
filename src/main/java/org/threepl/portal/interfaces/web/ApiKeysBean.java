package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.ApiCredentialService;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationService;
import org.threepl.portal.application.view.ApiCredentialView;
import org.threepl.portal.application.view.IssuedApiKey;
import org.threepl.portal.application.view.OrganisationView;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.RateLimit;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * API keys: a client organisation's (with {@code org}), or the 3PL's integration keys (without, ops admins only). A new
 * key is shown once, on this page, right after it is issued. Each key's rate limit is shown and may be changed here.
 */
@Named
@ViewScoped
public class ApiKeysBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiCredentialService credentials;

    @Inject
    OrganisationService organisations;

    private Long org;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient OrganisationView organisation;
    private transient List<ApiCredentialView> list;
    private String name;
    private List<ApiScope> scopes = List.of(ApiScope.READ);
    private String issuedKey;
    private Long limitKey;
    private Integer limitPerMinute;
    private Integer limitBurst;

    public void load() {
        try {
            if (org != null) {
                organisation = organisations.get(org);
            }
            refresh();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    public void issue() {
        // checked here rather than by required="true", which PrimeFaces writes as an ARIA attribute a table may not
        // carry
        if (scopes == null || scopes.isEmpty()) {
            Faces.error("issue:scopes", Faces.text("apikeys.scopes") + " " + Faces.text("required"));
            return;
        }
        try {
            EnumSet<ApiScope> chosen =
                    scopes == null || scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
            IssuedApiKey issued = org == null
                    ? credentials.issueProviderIntegration(name, chosen)
                    : credentials.issueForOrganisation(org, name, chosen);
            issuedKey = issued.apiKey();
            name = null;
            refresh();
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : "issue:" + e.field(), Faces.refusal(e));
        }
    }

    public void revoke(ApiCredentialView credential) {
        if (org == null) {
            credentials.revokeProviderIntegration(credential.id());
        } else {
            credentials.revokeOfOrganisation(org, credential.id());
        }
        Faces.info(Faces.text("apikeys.revokedDone"));
        refresh();
    }

    /** Gives the chosen key the limit entered. */
    public void saveLimit() {
        if (limitKey == null) {
            Faces.error("limit:limitKey", Faces.text("apikeys.limitKey") + " " + Faces.text("required"));
            return;
        }
        try {
            RateLimit limit =
                    new RateLimit(limitPerMinute == null ? 0 : limitPerMinute, limitBurst == null ? 0 : limitBurst);
            changeLimit(limit);
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : "limit:" + e.field(), Faces.refusal(e));
        }
    }

    /** Returns the chosen key to the configured default. */
    public void useDefaultLimit() {
        if (limitKey == null) {
            Faces.error("limit:limitKey", Faces.text("apikeys.limitKey") + " " + Faces.text("required"));
            return;
        }
        changeLimit(null);
    }

    private void changeLimit(RateLimit limit) {
        Faces.attempt(() -> {
            if (org == null) {
                credentials.limitRateOfProviderIntegration(limitKey, limit);
            } else {
                credentials.limitRateOfOrganisation(org, limitKey, limit);
            }
            Faces.info(Faces.text("apikeys.limitSaved"));
            limitPerMinute = null;
            limitBurst = null;
            refresh();
        });
    }

    /** A key's limit in words, marked when it is the default. */
    /** The key's scopes in the reader's language ("Read, Write"), never their codes. */
    public String scopesText(ApiCredentialView k) {
        return k.scopes().stream()
                .map(s -> Faces.text("apikeys.scope." + s))
                .reduce((a, b) -> Faces.text("list.pair", a, b))
                .orElse("");
    }

    public String rateLimitText(ApiCredentialView k) {
        String text = Faces.text(
                "apikeys.rateValue",
                k.rateLimit().requestsPerMinute(),
                k.rateLimit().burst());
        return k.defaultRateLimit() ? text + " " + Faces.text("apikeys.rateDefault") : text;
    }

    /** The keys whose limit may be changed: those not revoked. */
    public List<ApiCredentialView> getActiveKeys() {
        return getList().stream().filter(k -> !k.revoked()).toList();
    }

    private void refresh() {
        list = org == null ? credentials.providerIntegrations() : credentials.ofOrganisation(org);
    }

    public List<ApiScope> getAllScopes() {
        return List.of(ApiScope.values());
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public OrganisationView getOrganisation() {
        if (organisation == null && org != null) {
            organisation = organisations.get(org);
        }
        return organisation;
    }

    public List<ApiCredentialView> getList() {
        if (list == null) {
            refresh();
        }
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<ApiScope> getScopes() {
        return scopes;
    }

    public void setScopes(List<ApiScope> scopes) {
        this.scopes = scopes;
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public Long getLimitKey() {
        return limitKey;
    }

    public void setLimitKey(Long limitKey) {
        this.limitKey = limitKey;
    }

    public Integer getLimitPerMinute() {
        return limitPerMinute;
    }

    public void setLimitPerMinute(Integer limitPerMinute) {
        this.limitPerMinute = limitPerMinute;
    }

    public Integer getLimitBurst() {
        return limitBurst;
    }

    public void setLimitBurst(Integer limitBurst) {
        this.limitBurst = limitBurst;
    }
}
