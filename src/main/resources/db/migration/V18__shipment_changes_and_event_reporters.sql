-- SLA facts nobody can rewrite unseen (issue 11): who reported each tracking event, the history of every
-- change to a shipment's plan and proof of delivery, and which reports a contract counts for its SLA.

-- Who reported an event: a user or an API credential (kind and id; the name is read from them), and on which
-- side of the contract (CLIENT or PROVIDER). Events stored before carry none.
alter table tracking_event add column reported_by_kind varchar(16);
alter table tracking_event add column reported_by_id bigint;
alter table tracking_event add column reported_side varchar(8);

-- Who recorded the proof of delivery.
alter table shipment add column pod_recorded_by_kind varchar(16);
alter table shipment add column pod_recorded_by_id bigint;
alter table shipment add column pod_recorded_by varchar(150);

-- Every change of a shipment's plan or proof of delivery: who, when, which field, old and new value; a change
-- after the pick-up is an amendment both sides see.
create sequence shipment_change_seq start with 1 increment by 50;
create table shipment_change (
    id               bigint        primary key,
    shipment_id      bigint        not null references shipment (id),
    organisation_id  bigint        not null,
    changed_at       timestamp(6) with time zone not null,
    actor_kind       varchar(16),
    actor_id         bigint,
    actor            varchar(150)  not null,
    actor_side       varchar(8)    not null,
    field            varchar(32)   not null,
    old_value        varchar(300),
    new_value        varchar(300),
    after_pickup     boolean       not null
);
create index shipment_change_shipment_ix on shipment_change (shipment_id, changed_at, id);

-- Which reports a contract counts for its service levels: every report (the default), or the 3PL's alone
-- (then the client's systems may send the plan, but not tracking events nor proof of delivery).
alter table client_contract add column sla_evidence varchar(24) default 'ALL_REPORTS' not null;
