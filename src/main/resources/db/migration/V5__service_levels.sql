-- Service levels: the facts KPIs need on each shipment, the SLA terms of contracts, the daily
-- KPI roll-ups, and a lock that lets one server at a time run a scheduled job.

alter table shipment add column picked_up_at timestamp(6) with time zone;
alter table shipment add column attempted_at timestamp(6) with time zone;
alter table shipment add column damaged boolean default false not null;
update shipment set
    picked_up_at = (select min(e.occurred_at) from tracking_event e where e.shipment_id = shipment.id and e.status_code = 'AF'),
    attempted_at = (select min(e.occurred_at) from tracking_event e where e.shipment_id = shipment.id and e.status_code = 'AH'),
    damaged = exists (select 1 from tracking_event e where e.shipment_id = shipment.id and e.status_code = 'A9')
where last_event_at is not null;
-- the roll-up job finds the shipments changed since its last run
create index shipment_updated_ix on shipment (updated_at);

create sequence sla_term_seq start with 1 increment by 50;

create table sla_term (
    id                 bigint primary key,
    contract_id        bigint        not null references client_contract (id),
    organisation_id    bigint        not null references organisation (id),
    kpi                varchar(40)   not null,
    target             numeric(10, 4) not null,
    period_kind        varchar(8)    not null check (period_kind in ('WEEK', 'MONTH')),
    scope_kind         varchar(16)   not null check (scope_kind in ('ALL', 'LANE', 'SERVICE_LEVEL')),
    scope_value        varchar(210),
    tolerance_minutes  integer       not null,
    bonus_threshold    numeric(10, 4),
    bonus_percent      numeric(7, 4),
    penalty_threshold  numeric(10, 4),
    penalty_percent    numeric(7, 4),
    effective_from     date          not null,
    recorded_by        varchar(150)  not null,
    recorded_at        timestamp(6) with time zone not null
);
create index sla_term_contract_ix on sla_term (contract_id, kpi, effective_from);
create index sla_term_organisation_ix on sla_term (organisation_id);

-- Per organisation, UTC day, lane and service level: the counts every shipment KPI is computed
-- from. Delivery figures count the shipments whose delivery window ends that day, pick-up figures
-- those whose pick-up window ends that day. Lateness is counted in bands (see Lateness.java):
-- "stopped" for shipments delivered/attempted (or picked up), "open" for those overdue and not yet.
create table kpi_daily (
    organisation_id    bigint        not null references organisation (id),
    rollup_day         date          not null,
    lane               varchar(210)  not null,
    service_level      varchar(32)   not null,
    deliveries_due     integer       not null,
    delivery_pending   integer       not null,
    delivery_stopped   varchar(120)  not null,
    delivery_open      varchar(120)  not null,
    pickups_due        integer       not null,
    pickup_pending     integer       not null,
    pickup_stopped     varchar(120)  not null,
    pickup_open        varchar(120)  not null,
    pod_judged         integer       not null,
    in_full            integer       not null,
    otif_in_full       varchar(120)  not null,
    damage_judged      integer       not null,
    damaged            integer       not null,
    computed_at        timestamp(6) with time zone not null,
    primary key (organisation_id, rollup_day, lane, service_level)
);

-- One row per scheduled job: a server runs the job only while it holds the lease.
create table job_lease (
    name          varchar(64)   primary key,
    holder        varchar(200),
    leased_until  timestamp(6) with time zone not null,
    watermark     timestamp(6) with time zone
);
insert into job_lease (name, holder, leased_until, watermark) values ('kpi-rollup', null, timestamp '2000-01-01 00:00:00', null);

-- the roll-up reads a day's shipments by the end of their delivery and pick-up windows
create index shipment_org_delivery_due_ix on shipment (organisation_id, delivery_to);
create index shipment_org_pickup_due_ix on shipment (organisation_id, pickup_to);
