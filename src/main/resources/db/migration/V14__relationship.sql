-- Relationship management (issue 6): the settings (switching-cost weights and scales, value,
-- segments, lifetime value, satisfaction, lifecycle, exchange rates, partnership tiers) seeded
-- with the documented defaults; each client's tier, tier proposals and their append-only history;
-- the contact log, satisfaction surveys, facts recorded by staff, tasks for account managers; the
-- computed snapshots with their explanation; and a per-user-per-day sign-in counter for the
-- login trend. Written for PostgreSQL; it also runs on H2 in PostgreSQL mode.

create sequence relationship_contact_seq start with 1 increment by 50;
create sequence satisfaction_survey_seq start with 1 increment by 50;
create sequence tier_proposal_seq start with 1 increment by 50;
create sequence tier_history_seq start with 1 increment by 50;
create sequence account_task_seq start with 1 increment by 50;
create sequence relationship_snapshot_seq start with 1 increment by 50;

-- one row (id 1): every setting, replaced as a whole by an ops admin (version checked)
create table relationship_config (
    id                           integer       primary key check (id = 1),
    reporting_currency           varchar(3)    not null,
    value_basis                  varchar(8)    not null check (value_basis in ('REVENUE', 'MARGIN')),
    value_period_months          integer       not null,
    default_margin_rate          numeric(7, 4) not null,
    contract_fee_fallback        boolean       not null,
    open_ended_remaining_months  integer       not null,
    vip_share                    numeric(7, 4) not null,
    major_share                  numeric(7, 4) not null,
    ordinary_share               numeric(7, 4) not null,
    default_annual_churn         numeric(7, 4) not null,
    churn_history_minimum        integer       not null,
    tenure_floor_months          integer       not null,
    tenure_cap_months            integer       not null,
    survey_weight                numeric(7, 4) not null,
    sla_weight                   numeric(7, 4) not null,
    satisfaction_tolerance       numeric(7, 4) not null,
    trend_window_days            integer       not null,
    drop_threshold               numeric(7, 4) not null,
    rise_threshold               numeric(7, 4) not null,
    minimum_base                 integer       not null,
    minimum_rise                 integer       not null,
    decline_risk                 integer       not null,
    exploration_months           integer       not null,
    formation_months             integer       not null,
    review_reminder_days         integer       not null,
    contact_reminder_days        integer       not null,
    updated_by                   varchar(150)  not null,
    updated_at                   timestamp(6) with time zone not null,
    version                      integer       not null
);

create table relationship_proxy_setting (
    config_id     integer        not null references relationship_config (id),
    proxy         varchar(40)    not null,
    weight        numeric(9, 4)  not null check (weight >= 0),
    scale_kind    varchar(16)    not null check (scale_kind in ('LINEAR', 'SATURATING')),
    zero_at       numeric(19, 4) not null,
    reference_at  numeric(19, 4) not null,
    primary key (config_id, proxy)
);

create table relationship_facet_weight (
    config_id  integer       not null references relationship_config (id),
    facet      varchar(40)   not null,
    weight     numeric(9, 4) not null check (weight >= 0),
    primary key (config_id, facet)
);

create table relationship_group_weight (
    config_id   integer       not null references relationship_config (id),
    cost_group  varchar(16)   not null,
    weight      numeric(9, 4) not null check (weight >= 0),
    primary key (config_id, cost_group)
);

create table relationship_churn_points (
    config_id  integer     not null references relationship_config (id),
    signal     varchar(24) not null,
    points     integer     not null,
    primary key (config_id, signal)
);

-- the value of one unit of a currency in the reporting currency (for ranking and scoring, not accounting)
create table relationship_exchange_rate (
    config_id  integer        not null references relationship_config (id),
    currency   varchar(3)     not null,
    rate       numeric(19, 8) not null check (rate > 0),
    primary key (config_id, currency)
);

create table partnership_tier (
    config_id                  integer       not null references relationship_config (id),
    code                       varchar(32)   not null,
    name                       varchar(60)   not null,
    tier_rank                  integer       not null,
    min_segment                varchar(16),
    min_switching_cost         numeric(7, 2),
    min_bonds                  integer,
    structural_bond_required   boolean       not null,
    min_sla_performance        numeric(7, 4),
    min_satisfaction           numeric(7, 4),
    dedicated_account_manager  boolean       not null,
    review_cadence_days        integer       not null,
    contact_cadence_days       integer       not null,
    dispute_priority           integer       not null,
    custom_reports             boolean       not null,
    price_incentive_percent    numeric(5, 2) not null,
    primary key (config_id, code)
);

-- the tier each client has; dispute_priority is the tier's, copied so that the dispute queue joins one small table
create table client_tier (
    organisation_id   bigint       primary key references organisation (id),
    tier_code         varchar(32)  not null,
    since             timestamp(6) with time zone not null,
    dispute_priority  integer      not null,
    version           integer      not null
);

create table tier_proposal (
    id               bigint        primary key,
    organisation_id  bigint        not null references organisation (id),
    from_tier        varchar(32)   not null,
    to_tier          varchar(32)   not null,
    reason           varchar(1000) not null,
    proposed_by      varchar(150)  not null,
    proposed_at      timestamp(6) with time zone not null,
    state            varchar(16)   not null check (state in ('PROPOSED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    decided_by       varchar(150),
    decided_at       timestamp(6) with time zone,
    decision_reason  varchar(1000),
    version          integer       not null
);
create index tier_proposal_organisation_ix on tier_proposal (organisation_id, proposed_at);
-- the ops admins' approval queue
create index tier_proposal_state_ix on tier_proposal (state, proposed_at);

create table tier_history (
    id               bigint        primary key,
    organisation_id  bigint        not null references organisation (id),
    from_tier        varchar(32),
    to_tier          varchar(32)   not null,
    proposal_id      bigint        references tier_proposal (id),
    proposed_by      varchar(150)  not null,
    approved_by      varchar(150)  not null,
    changed_at       timestamp(6) with time zone not null,
    reason           varchar(2000) not null
);
create index tier_history_organisation_ix on tier_history (organisation_id, changed_at);

create table relationship_contact (
    id               bigint        primary key,
    organisation_id  bigint        not null references organisation (id),
    kind             varchar(24)   not null check (kind in ('CALL', 'VISIT', 'BUSINESS_REVIEW', 'CARE_ACTION')),
    occurred_on      date          not null,
    contact_person   varchar(200),
    summary          varchar(2000) not null,
    next_step        varchar(500),
    next_step_due    date,
    recorded_by      varchar(150)  not null,
    recorded_at      timestamp(6) with time zone not null
);
create index relationship_contact_organisation_ix on relationship_contact (organisation_id, occurred_on);

create table satisfaction_survey (
    id               bigint        primary key,
    organisation_id  bigint        not null references organisation (id),
    title            varchar(200)  not null,
    sent_by          varchar(150)  not null,
    sent_at          timestamp(6) with time zone not null,
    due_on           date          not null,
    state            varchar(16)   not null check (state in ('OPEN', 'ANSWERED', 'WITHDRAWN')),
    survey_c         numeric(10, 4),
    answered_by      varchar(150),
    answered_at      timestamp(6) with time zone,
    client_comment   varchar(2000),
    version          integer       not null
);
create index satisfaction_survey_organisation_ix on satisfaction_survey (organisation_id, sent_at);

create table satisfaction_answer (
    survey_id  bigint      not null references satisfaction_survey (id),
    dimension  varchar(32) not null,
    expected   integer     not null check (expected between 1 and 7),
    perceived  integer     not null check (perceived between 0 and 7),
    primary key (survey_id, dimension)
);

-- facts the 3PL's staff record (internal)
create table relationship_fact (
    organisation_id            bigint         primary key references organisation (id),
    exit_fee                   numeric(19, 4),
    exit_fee_currency          varchar(3),
    dedicated_assets           varchar(500),
    dedicated_assets_value     numeric(19, 4),
    dedicated_assets_currency  varchar(3),
    volume_discount_percent    numeric(5, 2),
    internal_note              varchar(2000),
    recorded_by                varchar(150)   not null,
    recorded_at                timestamp(6) with time zone not null,
    version                    integer        not null
);

-- tasks for a client's account managers, raised once per occasion (even with two servers)
create table account_task (
    id               bigint        primary key,
    organisation_id  bigint        not null references organisation (id),
    kind             varchar(16)   not null check (kind in ('DECLINE', 'REVIEW_DUE', 'CONTACT_DUE')),
    occasion         varchar(40)   not null,
    title            varchar(300)  not null,
    detail           varchar(2000) not null,
    due_on           date          not null,
    created_at       timestamp(6) with time zone not null,
    state            varchar(8)    not null check (state in ('OPEN', 'DONE')),
    done_by          varchar(150),
    done_at          timestamp(6) with time zone,
    done_note        varchar(1000),
    version          integer       not null,
    constraint account_task_occasion_uk unique (organisation_id, kind, occasion)
);
create index account_task_state_ix on account_task (state, due_on);

-- one snapshot per client and day: the history of every figure; the latest keeps its explanation
create table relationship_snapshot (
    id                    bigint         primary key,
    organisation_id       bigint         not null references organisation (id),
    as_of                 date           not null,
    computed_at           timestamp(6) with time zone not null,
    latest                boolean        not null,
    switching_cost        numeric(7, 2)  not null,
    procedural            numeric(7, 2)  not null,
    financial             numeric(7, 2)  not null,
    relational            numeric(7, 2)  not null,
    economic_risk         numeric(7, 2)  not null,
    evaluation            numeric(7, 2)  not null,
    learning              numeric(7, 2)  not null,
    setup                 numeric(7, 2)  not null,
    benefit_loss          numeric(7, 2)  not null,
    monetary_loss         numeric(7, 2)  not null,
    personal_loss         numeric(7, 2)  not null,
    brand_loss            numeric(7, 2)  not null,
    segment               varchar(16)    not null,
    segment_rank          integer        not null,
    segment_clients       integer        not null,
    value_basis           varchar(8)     not null,
    value_amount          numeric(19, 2) not null,
    revenue               numeric(19, 2) not null,
    margin                numeric(19, 2) not null,
    reporting_currency    varchar(3)     not null,
    value_source          varchar(16)    not null,
    value_note            varchar(600)   not null,
    clv                   numeric(19, 2) not null,
    margin_per_month      numeric(19, 2) not null,
    expected_months       numeric(9, 2)  not null,
    churn_rate            numeric(7, 4)  not null,
    clv_formula           varchar(1000)  not null,
    survey_c              numeric(10, 4),
    sla_ratio             numeric(10, 4),
    satisfaction          numeric(10, 4),
    satisfaction_level    varchar(20),
    satisfaction_formula  varchar(300)   not null,
    stage                 varchar(16)    not null,
    churn_risk            integer        not null,
    risk_level            varchar(8)     not null,
    stage_reason          varchar(300)   not null,
    bonds_in_place        integer        not null,
    current_tier          varchar(32)    not null,
    recommended_tier      varchar(32)    not null,
    constraint relationship_snapshot_day_uk unique (organisation_id, as_of)
);
-- the portfolio reads each client's latest snapshot
create index relationship_snapshot_latest_ix on relationship_snapshot (latest, organisation_id);

create table relationship_contribution (
    snapshot_id  bigint         not null references relationship_snapshot (id),
    position     integer        not null,
    level        varchar(8)     not null,
    target       varchar(40)    not null,
    part         varchar(40)    not null,
    raw_value    numeric(19, 4),
    scaled       numeric(7, 2),
    weight       numeric(9, 4)  not null,
    points       numeric(7, 2)  not null,
    note         varchar(200),
    primary key (snapshot_id, position)
);

create table relationship_bond_status (
    snapshot_id  bigint       not null references relationship_snapshot (id),
    position     integer      not null,
    bond         varchar(32)  not null,
    in_place     boolean      not null,
    evidence     varchar(500) not null,
    primary key (snapshot_id, position)
);

create table relationship_signal (
    snapshot_id  bigint       not null references relationship_snapshot (id),
    position     integer      not null,
    signal       varchar(24)  not null,
    fired        boolean      not null,
    recent       bigint,
    previous     bigint,
    points       integer      not null,
    detail       varchar(300) not null,
    primary key (snapshot_id, position)
);

-- sign-ins per user and UTC day (one small upsert per successful sign-in): the login trend
create table user_sign_in_day (
    user_id          bigint  not null,
    organisation_id  bigint,
    sign_in_day      date    not null,
    sign_ins         integer not null,
    primary key (user_id, sign_in_day)
);
create index user_sign_in_day_organisation_ix on user_sign_in_day (organisation_id, sign_in_day);

-- shipments created and tracking events received per client and UTC day (the API-traffic trend),
-- aggregated by the recompute job for complete days only, so that no run rescans months of events;
-- client_activity_aggregated lists the days done (a day without traffic has no client rows)
create table client_activity_day (
    organisation_id    bigint  not null,
    activity_day       date    not null,
    shipments_created  integer not null,
    events_received    integer not null,
    primary key (organisation_id, activity_day)
);
create index client_activity_day_ix on client_activity_day (activity_day);

create table client_activity_aggregated (
    activity_day   date primary key,
    aggregated_at  timestamp(6) with time zone not null
);

insert into job_lease (name, holder, leased_until, watermark) values ('relationship-recompute', null, timestamp '2000-01-01 00:00:00', null);

-- the documented defaults (docs/workflows.md, "Relationship"; the same as RelationshipSettings.defaultValues())
insert into relationship_config (id, reporting_currency, value_basis, value_period_months, default_margin_rate, contract_fee_fallback,
    open_ended_remaining_months, vip_share, major_share, ordinary_share, default_annual_churn, churn_history_minimum, tenure_floor_months,
    tenure_cap_months, survey_weight, sla_weight, satisfaction_tolerance, trend_window_days, drop_threshold, rise_threshold, minimum_base,
    minimum_rise, decline_risk, exploration_months, formation_months, review_reminder_days, contact_reminder_days, updated_by, updated_at, version)
values (1, 'EUR', 'REVENUE', 12, 0.15, true,
    3, 0.01, 0.05, 0.20, 0.15, 20, 6,
    120, 0.6, 0.4, 0.05, 90, 0.25, 0.50, 10,
    2, 50, 6, 24, 14, 7, 'migration V14', timestamp '2026-01-01 00:00:00', 0);

insert into relationship_proxy_setting (config_id, proxy, weight, scale_kind, zero_at, reference_at) values
    (1, 'SLA_PERFORMANCE', 2, 'LINEAR', 0.90, 1.05),
    (1, 'SLA_TERMS', 1, 'LINEAR', 0, 6),
    (1, 'SHIPMENTS_PER_MONTH', 1, 'SATURATING', 0, 200),
    (1, 'DISPUTE_PROCEDURES', 1, 'LINEAR', 0, 2),
    (1, 'CONTRACT_SERVICES', 1, 'LINEAR', 0, 5),
    (1, 'ACTIVE_PORTAL_USERS', 2, 'SATURATING', 0, 5),
    (1, 'SAVED_FILTERS', 1, 'SATURATING', 0, 5),
    (1, 'SIGN_INS_PER_MONTH', 1, 'SATURATING', 0, 20),
    (1, 'ACTIVE_API_CREDENTIALS', 1, 'LINEAR', 0, 3),
    (1, 'API_CREDENTIALS_USED', 1, 'LINEAR', 0, 2),
    (1, 'INTEGRATION_AGE_MONTHS', 1, 'LINEAR', 0, 24),
    (1, 'API_TRAFFIC_PER_MONTH', 2, 'SATURATING', 0, 2000),
    (1, 'PRICE_INCENTIVE_PERCENT', 2, 'LINEAR', 0, 10),
    (1, 'SETTLED_CREDITS', 1, 'SATURATING', 0, 10000),
    (1, 'REMAINING_CONTRACT_VALUE', 2, 'SATURATING', 0, 250000),
    (1, 'EXIT_FEE', 1, 'SATURATING', 0, 50000),
    (1, 'DEDICATED_ASSETS', 1, 'SATURATING', 0, 100000),
    (1, 'ACCOUNT_MANAGER_TENURE_MONTHS', 2, 'LINEAR', 0, 36),
    (1, 'CONTACTS_PER_QUARTER', 1, 'LINEAR', 0, 6),
    (1, 'BUSINESS_REVIEWS_PER_YEAR', 1, 'LINEAR', 0, 4),
    (1, 'RELATIONSHIP_TENURE_MONTHS', 2, 'LINEAR', 0, 60),
    (1, 'SURVEY_SATISFACTION', 2, 'LINEAR', 0.80, 1.20);

insert into relationship_facet_weight (config_id, facet, weight) values
    (1, 'ECONOMIC_RISK', 1), (1, 'EVALUATION', 1), (1, 'LEARNING', 1), (1, 'SETUP', 1),
    (1, 'BENEFIT_LOSS', 1), (1, 'MONETARY_LOSS', 1), (1, 'PERSONAL_RELATIONSHIP_LOSS', 1), (1, 'BRAND_RELATIONSHIP_LOSS', 1);

insert into relationship_group_weight (config_id, cost_group, weight) values
    (1, 'PROCEDURAL', 40), (1, 'FINANCIAL', 30), (1, 'RELATIONAL', 30);

insert into relationship_churn_points (config_id, signal, points) values
    (1, 'VOLUME_DOWN', 30), (1, 'API_TRAFFIC_DOWN', 15), (1, 'LOGINS_DOWN', 10), (1, 'DISPUTES_UP', 15),
    (1, 'SLA_BREACHES_UP', 15), (1, 'CONTRACT_ENDING', 25), (1, 'SATISFACTION_LOW', 15);

insert into relationship_exchange_rate (config_id, currency, rate) values
    (1, 'CHF', 1.06), (1, 'CNY', 0.128), (1, 'GBP', 1.17), (1, 'JPY', 0.0061), (1, 'PLN', 0.233), (1, 'USD', 0.92);

insert into partnership_tier (config_id, code, name, tier_rank, min_segment, min_switching_cost, min_bonds, structural_bond_required,
    min_sla_performance, min_satisfaction, dedicated_account_manager, review_cadence_days, contact_cadence_days, dispute_priority,
    custom_reports, price_incentive_percent) values
    (1, 'TRANSACTIONAL', 'Transactional', 0, null, null, null, false, null, null, false, 365, 90, 0, false, 0),
    (1, 'PREFERRED', 'Preferred', 1, null, 40, 3, false, 0.95, 0.95, true, 180, 45, 1, false, 2),
    (1, 'STRATEGIC_PARTNER', 'Strategic partner', 2, 'MAJOR', 60, 5, true, 0.98, 1.00, true, 90, 30, 2, true, 5);
