package org.threepl.portal.isolation;

import static org.threepl.portal.isolation.IsolationMatrix.Actor.ACCOUNT_MANAGER;
import static org.threepl.portal.isolation.IsolationMatrix.Actor.CLIENT_ADMIN;
import static org.threepl.portal.isolation.IsolationMatrix.Actor.CLIENT_API_KEY;
import static org.threepl.portal.isolation.IsolationMatrix.Actor.CLIENT_USER;

import java.util.List;
import java.util.Map;

/**
 * Every endpoint and page that takes an organisation's identifiers, as data. {@link TenantIsolationIT} calls each one
 * as each actor of organisation A with organisation B's identifiers and expects 404 or 403 with nothing of B in the
 * answer; with A's own identifiers it expects the status given here, which proves that the refusal is about the tenant
 * and not a broken endpoint.
 *
 * <p>A new endpoint or page that takes an identifier adds its row here. Placeholders: {org}, {contract}, {user}, {key},
 * {shipment}, {term}, {dispute}, {breach}, {invoice}, {line} (an invoice line), {code} (the organisation's code), and
 * (relationship) {survey}, {proposal}, {task} (identifiers of the target organisation), {webhook} (a webhook
 * subscription), {delivery} (one of its deliveries), {reportFile} (the token of the client user's kept report file) and
 * {adjustment} (a billing adjustment), {procedure} (a dispute procedure the 3PL proposed) and {unique} (a fresh token
 * per call).
 */
final class IsolationMatrix {

    private IsolationMatrix() {}

    /** Who calls: always a caller belonging to (or assigned to) organisation A only. */
    enum Actor {
        CLIENT_API_KEY,
        CLIENT_ADMIN,
        CLIENT_USER,
        ACCOUNT_MANAGER
    }

    /**
     * @param ownStatus the status each actor gets with its own organisation's identifiers; actors not listed do not use
     *     this surface (API keys do not open pages, people do not call the API)
     */
    record Target(String name, String method, String path, String body, Map<Actor, Integer> ownStatus) {
        boolean isApi() {
            return path.startsWith("api/");
        }
    }

    static final List<Target> TARGETS = List.of(
            // --- REST API (/api/v1) ---
            new Target("organisation", "GET", "api/v1/organisations/{org}", null, Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "rename organisation",
                    "PUT",
                    "api/v1/organisations/{org}",
                    "{\"name\":\"Taken over {unique}\"}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "contracts of organisation",
                    "GET",
                    "api/v1/organisations/{org}/contracts",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "create contract",
                    "POST",
                    "api/v1/organisations/{org}/contracts",
                    "{\"contractNumber\":\"X-{unique}\",\"startDate\":\"2026-01-01\",\"services\":[\"TRANSPO"
                            + "RT\"],\"monthlyFee\":1,\"currency\":\"EUR\"}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target("contract", "GET", "api/v1/contracts/{contract}", null, Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "contract's SLA evidence rule",
                    "PUT",
                    "api/v1/contracts/{contract}/sla-evidence",
                    "{\"slaEvidence\":\"ALL_REPORTS\"}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "users of organisation",
                    "GET",
                    "api/v1/organisations/{org}/users",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "user of organisation",
                    "GET",
                    "api/v1/organisations/{org}/users/{user}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            // API keys act for systems: they add no people, not even in their own organisation (403 for its own too)
            new Target(
                    "invite user",
                    "POST",
                    "api/v1/organisations/{org}/users",
                    "{\"username\":\"intruder.{unique}\",\"displayName\":\"Intruder\",\"email\":\"i@example."
                            + "com\",\"role\":\"CLIENT_ADMIN\"}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target("shipment", "GET", "api/v1/shipments/{shipment}", null, Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "record proof of delivery",
                    "PUT",
                    "api/v1/shipments/{shipment}/proof-of-delivery",
                    "{\"signedBy\":\"Mallory "
                            + "{unique}\",\"signedAt\":\"2026-11-10T10:00:00+01:00\",\"deliveredQuantity\":1}",
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "proof-of-delivery document",
                    "GET",
                    "api/v1/shipments/{shipment}/proof-of-delivery/document",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "add note to shipment",
                    "POST",
                    "api/v1/shipments/{shipment}/notes",
                    "{\"text\":\"Note {unique}\"}",
                    Map.of(CLIENT_API_KEY, 201)),
            // an X12 214 file names its organisation by code: a client's key only its own (403 before reading)
            new Target(
                    "record X12 214 for organisation",
                    "POST",
                    "api/v1/edi/214?organisation={code}",
                    "ISA*00*          *00*          *ZZ*CARRIER01      *ZZ*SHIPPER01      *261201*1200*U*00401*"
                            + "000000301*0*P*>~GS*QM*CARRIER01*SHIPPER01*20261201*1200*1*X*004010~ST*214*0001~"
                            + "B10*PRO1*ISO-{unique}*ACME~LX*1~AT7*A9*NS***20261101*0800*UT~SE*5*0001~GE*1*1~"
                            + "IEA*1*000000301~",
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "X12 214 export of organisation",
                    "GET",
                    "api/v1/edi/214?organisation={org}&from=2026-01-01&to=2026-12-31",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "shipments of organisation",
                    "GET",
                    "api/v1/shipments?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "export of organisation",
                    "GET",
                    "api/v1/shipments/export.csv?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "Excel export of organisation",
                    "GET",
                    "api/v1/shipments/export.xlsx?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "PDF export of organisation",
                    "GET",
                    "api/v1/shipments/export.pdf?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "SLA terms of organisation",
                    "GET",
                    "api/v1/sla/terms?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "KPIs of organisation",
                    "GET",
                    "api/v1/sla/kpis?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "SLA breaches of organisation",
                    "GET",
                    "api/v1/sla/breaches?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "SLA period report of organisation",
                    "GET",
                    "api/v1/sla/report.csv?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "shipments behind a KPI",
                    "GET",
                    "api/v1/sla/terms/{term}/shipments?period=2026-10-01",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "record SLA term",
                    "POST",
                    "api/v1/sla/contracts/{contract}/terms",
                    "{\"kpi\":\"OTIF\",\"target\":90,\"period\":\"MONTH\",\"effectiveFrom\":\"2026-01-01\"}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "recompute KPIs",
                    "POST",
                    "api/v1/sla/recompute?organisation={org}&from=2026-10-01&to=2026-10-02",
                    "",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target("dispute", "GET", "api/v1/disputes/{dispute}", null, Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "turn breach into dispute",
                    "POST",
                    "api/v1/disputes/from-breach/{breach}",
                    "",
                    Map.of(CLIENT_API_KEY, 201)),
            new Target("dispute record", "GET", "api/v1/disputes/{dispute}/record", null, Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "dispute messages", "GET", "api/v1/disputes/{dispute}/messages", null, Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "write to dispute",
                    "POST",
                    "api/v1/disputes/{dispute}/messages",
                    "{\"text\":\"Hello {unique}\"}",
                    Map.of(CLIENT_API_KEY, 201)),
            new Target(
                    "disputes of organisation",
                    "GET",
                    "api/v1/disputes?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "step on dispute",
                    "POST",
                    "api/v1/disputes/{dispute}/steps",
                    "{\"action\":\"WITHDRAW\"}",
                    Map.of(CLIENT_API_KEY, 200)),
            // --- billing and dispute procedures ---
            new Target("invoice", "GET", "api/v1/invoices/{invoice}", null, Map.of(CLIENT_API_KEY, 200)),
            new Target("adjustment", "GET", "api/v1/adjustments/{adjustment}", null, Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "adjustments of organisation",
                    "GET",
                    "api/v1/adjustments?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "invoices of organisation",
                    "GET",
                    "api/v1/invoices?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "record invoice",
                    "PUT",
                    "api/v1/invoices/INV-{unique}",
                    "{\"organisation\":\"{code}\",\"issuedOn\":\"2026-11-01\",\"dueOn\":\"2026-12-01\",\"cur"
                            + "rency\":\"EUR\","
                            + "\"lines\":[{\"lineNo\":1,\"chargeType\":\"FREIGHT\",\"description\":\"x\",\"a"
                            + "mount\":1}]}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "dispute procedures of contract",
                    "GET",
                    "api/v1/disputes/procedures?contract={contract}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "record dispute procedure",
                    "POST",
                    "api/v1/disputes/procedures",
                    "{\"contractId\":{contract},\"kinds\":[\"BILLING\"],\"filingWindowDays\":30,\"acknowledgeDays\":5,"
                            + "\"resolveDays\":20,\"businessDays\":false,\"reopenWindowDays\":5,"
                            + "\"ladder\":[{\"name\":\"Ops\",\"timeLimitDays\":0}],\"effectiveFrom\":\"2026-01-01\"}",
                    // a client's key proposes for its side (the other side then answers)
                    Map.of(CLIENT_API_KEY, 201)),
            new Target(
                    "dispute procedure version",
                    "GET",
                    "api/v1/disputes/procedures/{procedure}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "reject proposed dispute procedure",
                    "POST",
                    "api/v1/disputes/procedures/{procedure}/rejection",
                    "{\"reason\":\"Too short a filing window\"}",
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "invoice page",
                    "GET",
                    "invoice.xhtml?id={invoice}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            new Target(
                    "invoices page of organisation",
                    "GET",
                    "invoices.xhtml?org={org}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            new Target(
                    "disputes page of organisation",
                    "GET",
                    "disputes.xhtml?org={org}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            new Target(
                    "dispute form with an invoice line",
                    "GET",
                    "disputes.xhtml?lines={line}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            new Target(
                    "dispute procedures page",
                    "GET",
                    "dispute-procedures.xhtml?org={org}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            // --- relationship (a client sees its own tier, summary and surveys; everything else is the 3PL's: 403 for
            // its own) ---
            new Target(
                    "relationship tier of organisation",
                    "GET",
                    "api/v1/relationship/tier?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "relationship summary of organisation",
                    "GET",
                    "api/v1/relationship/summary?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "surveys of organisation",
                    "GET",
                    "api/v1/relationship/surveys?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target("survey", "GET", "api/v1/relationship/surveys/{survey}", null, Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "answer survey",
                    "POST",
                    "api/v1/relationship/surveys/{survey}/answers",
                    "{\"answers\":["
                            + "{\"dimension\":\"ON_TIME\",\"expected\":6,\"perceived\":5},{\"dimension\":\"C"
                            + "ONDITION\",\"expected\":6,\"perceived\":6},"
                            + "{\"dimension\":\"COMMUNICATION\",\"expected\":5,\"perceived\":5},{\"dimension"
                            + "\":\"INVOICING_ACCURACY\",\"expected\":6,"
                            + "\"perceived\":6},{\"dimension\":\"RESPONSIVENESS\",\"expected\":5,\"perceived"
                            + "\":6}],\"comment\":\"fine {unique}\"}",
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "relationship profile",
                    "GET",
                    "api/v1/relationship/clients/{org}/profile",
                    null,
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "relationship trend",
                    "GET",
                    "api/v1/relationship/clients/{org}/trend",
                    null,
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "contact log",
                    "GET",
                    "api/v1/relationship/clients/{org}/contacts",
                    null,
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "log contact",
                    "POST",
                    "api/v1/relationship/clients/{org}/contacts",
                    "{\"kind\":\"CALL\",\"summary\":\"Call {unique}\"}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "relationship facts",
                    "GET",
                    "api/v1/relationship/clients/{org}/facts",
                    null,
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "record relationship facts",
                    "PUT",
                    "api/v1/relationship/clients/{org}/facts",
                    "{\"internalNote\":\"Note {unique}\"}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "client loss", "GET", "api/v1/relationship/clients/{org}/loss", null, Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "record client loss",
                    "POST",
                    "api/v1/relationship/clients/{org}/loss",
                    "{\"lostOn\":\"2026-01-05\",\"reason\":\"PRICE\",\"note\":\"Loss {unique}\"}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "win-back step done",
                    "POST",
                    "api/v1/relationship/clients/{org}/loss/steps/0/done",
                    null,
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "client won back",
                    "POST",
                    "api/v1/relationship/clients/{org}/loss/recovery",
                    "{\"recoveredOn\":\"2026-01-06\"}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "send survey",
                    "POST",
                    "api/v1/relationship/clients/{org}/surveys",
                    "{\"title\":\"Survey {unique}\"}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "withdraw survey",
                    "POST",
                    "api/v1/relationship/surveys/{survey}/withdrawal",
                    "",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "tier proposals of organisation",
                    "GET",
                    "api/v1/relationship/clients/{org}/proposals",
                    null,
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "propose tier",
                    "POST",
                    "api/v1/relationship/clients/{org}/proposals",
                    "{\"toTier\":\"STRATEGIC_PARTNER\",\"reason\":\"Reason {unique}\"}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "tier history",
                    "GET",
                    "api/v1/relationship/clients/{org}/tier-history",
                    null,
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "tier proposal",
                    "GET",
                    "api/v1/relationship/proposals/{proposal}",
                    null,
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "decide tier proposal",
                    "POST",
                    "api/v1/relationship/proposals/{proposal}/decision",
                    "{\"action\":\"APPROVE\",\"reason\":\"Agreed {unique}\"}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "relationship tasks of organisation",
                    "GET",
                    "api/v1/relationship/tasks?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "mark task done",
                    "POST",
                    "api/v1/relationship/tasks/{task}/done",
                    "{}",
                    Map.of(CLIENT_API_KEY, 403)),
            new Target(
                    "recompute relationship",
                    "POST",
                    "api/v1/relationship/recompute?organisation={org}",
                    "",
                    Map.of(CLIENT_API_KEY, 403)),
            // --- portal pages ---
            new Target(
                    "dispute page",
                    "GET",
                    "dispute.xhtml?id={dispute}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            new Target(
                    "service-level page",
                    "GET",
                    "sla.xhtml?org={org}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            new Target(
                    "shipments behind a KPI page",
                    "GET",
                    "sla-shipments.xhtml?term={term}&period=2026-10-01",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            new Target(
                    "organisation page",
                    "GET",
                    "organisation.xhtml?id={org}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            new Target(
                    "shipment page",
                    "GET",
                    "shipment.xhtml?id={shipment}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            new Target(
                    "signed delivery note on the shipment page",
                    "GET",
                    "documents/proof-of-delivery?shipment={shipment}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            // a scheduled report's kept file is its owner's (the client user) alone: not even their admin's
            new Target(
                    "scheduled report file behind a mail's link",
                    "GET",
                    "reports/file?token={reportFile}",
                    null,
                    Map.of(CLIENT_ADMIN, 404, CLIENT_USER, 200, ACCOUNT_MANAGER, 404)),
            new Target(
                    "users page",
                    "GET",
                    "admin/users.xhtml?org={org}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 403, ACCOUNT_MANAGER, 403)),
            // --- webhooks (a client's WRITE key manages its own organisation's) ---
            new Target(
                    "webhook subscriptions of organisation",
                    "GET",
                    "api/v1/webhooks/subscriptions?organisation={org}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "subscribe organisation to webhooks",
                    "POST",
                    "api/v1/webhooks/subscriptions",
                    "{\"organisation\":{org},\"url\":\"https://{unique}.invalid/h\",\"eventTypes\":[\"TEST_NOT\"]}",
                    Map.of(CLIENT_API_KEY, 422)),
            new Target(
                    "webhook subscription",
                    "GET",
                    "api/v1/webhooks/subscriptions/{webhook}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "webhook secret",
                    "GET",
                    "api/v1/webhooks/subscriptions/{webhook}/secret",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "webhook delivery log",
                    "GET",
                    "api/v1/webhooks/subscriptions/{webhook}/deliveries",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "webhook test event",
                    "POST",
                    "api/v1/webhooks/subscriptions/{webhook}/test",
                    "",
                    Map.of(CLIENT_API_KEY, 202)),
            new Target(
                    "webhook delivery",
                    "GET",
                    "api/v1/webhooks/deliveries/{delivery}",
                    null,
                    Map.of(CLIENT_API_KEY, 200)),
            new Target(
                    "webhook redelivery",
                    "POST",
                    "api/v1/webhooks/deliveries/{delivery}/redeliver",
                    "",
                    Map.of(CLIENT_API_KEY, 202)),
            new Target(
                    "webhooks page",
                    "GET",
                    "admin/webhooks.xhtml?org={org}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 403, ACCOUNT_MANAGER, 403)),
            new Target(
                    "API keys page",
                    "GET",
                    "admin/api-keys.xhtml?org={org}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 403, ACCOUNT_MANAGER, 403)),
            // --- relationship pages (a client sees its partnership page and surveys; the profile, portfolio, approvals
            // and settings are the 3PL's: 403 for a client's own; the last three take no identifier and refuse clients)
            // ---
            new Target(
                    "partnership page",
                    "GET",
                    "relationship-tier.xhtml?org={org}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            new Target(
                    "survey page",
                    "GET",
                    "relationship-survey.xhtml?id={survey}",
                    null,
                    Map.of(CLIENT_ADMIN, 200, CLIENT_USER, 200, ACCOUNT_MANAGER, 200)),
            new Target(
                    "relationship profile page",
                    "GET",
                    "relationship.xhtml?org={org}",
                    null,
                    Map.of(CLIENT_ADMIN, 403, CLIENT_USER, 403, ACCOUNT_MANAGER, 200)),
            new Target("portfolio page", "GET", "portfolio.xhtml", null, Map.of(CLIENT_ADMIN, 403, CLIENT_USER, 403)),
            new Target(
                    "tier approvals page",
                    "GET",
                    "ops/relationship-approvals.xhtml",
                    null,
                    Map.of(CLIENT_ADMIN, 403, CLIENT_USER, 403, ACCOUNT_MANAGER, 403)),
            new Target(
                    "relationship settings page",
                    "GET",
                    "ops/relationship-settings.xhtml",
                    null,
                    Map.of(CLIENT_ADMIN, 403, CLIENT_USER, 403, ACCOUNT_MANAGER, 403)),
            // --- trust: the security log is the 3PL operations admins'; the overview across clients is the 3PL's
            // staff's ---
            new Target(
                    "security log page",
                    "GET",
                    "ops/security-log.xhtml",
                    null,
                    Map.of(CLIENT_ADMIN, 403, CLIENT_USER, 403, ACCOUNT_MANAGER, 403)),
            new Target(
                    "service-level overview page",
                    "GET",
                    "sla-overview.xhtml",
                    null,
                    Map.of(CLIENT_ADMIN, 403, CLIENT_USER, 403)));
}
