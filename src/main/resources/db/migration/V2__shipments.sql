-- Shipment history: shipments, their tracking events, proof-of-delivery documents, and the
-- idempotency records of ingestion requests. Indexes follow the queries: a client's history in
-- planned pick-up order (keyset), by status, and a shipment's timeline.

create sequence shipment_seq start with 1 increment by 50;
create sequence tracking_event_seq start with 1 increment by 50;

create table shipment (
    id                      bigint primary key,
    organisation_id         bigint        not null references organisation (id),
    client_reference        varchar(64)   not null,
    shipment_number         varchar(40)   not null,
    origin                  varchar(100)  not null,
    destination             varchar(100)  not null,
    lane                    varchar(210)  not null,
    transport_mode          varchar(16)   not null,
    service_level           varchar(32)   not null,
    pickup_from             timestamp(6) with time zone not null,
    pickup_to               timestamp(6) with time zone not null,
    delivery_from           timestamp(6) with time zone not null,
    delivery_to             timestamp(6) with time zone not null,
    ordered_quantity        integer       not null check (ordered_quantity > 0),
    weight_kg               numeric(12, 3),
    declared_value          numeric(19, 4),
    declared_currency       varchar(3),
    status                  varchar(24)   not null,
    has_exception           boolean       not null,
    last_event_at           timestamp(6) with time zone,
    delivered_at            timestamp(6) with time zone,
    pod_signed_by           varchar(200),
    pod_signed_at           timestamp(6) with time zone,
    pod_delivered_quantity  integer,
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null,
    version                 integer       not null,
    constraint shipment_reference_uk unique (organisation_id, client_reference),
    constraint shipment_number_uk unique (organisation_id, shipment_number)
);
-- the history list: newest planned pick-up first, keyset on (pickup_from, id)
create index shipment_org_pickup_ix on shipment (organisation_id, pickup_from, id);
create index shipment_org_delivery_ix on shipment (organisation_id, delivery_from, id);
create index shipment_org_status_pickup_ix on shipment (organisation_id, status, pickup_from, id);

create table tracking_event (
    id               bigint primary key,
    shipment_id      bigint       not null references shipment (id),
    organisation_id  bigint       not null,
    status_code      varchar(2)   not null,
    reason_code      varchar(2),
    occurred_at      timestamp(6) with time zone not null,
    zone             varchar(40)  not null,
    location         varchar(100),
    source_system    varchar(40)  not null,
    sender_event_id  varchar(100) not null,
    received_at      timestamp(6) with time zone not null,
    -- a sender's event id is stored once: re-sent batches create no duplicates
    constraint tracking_event_sender_uk unique (organisation_id, source_system, sender_event_id)
);
create index tracking_event_shipment_ix on tracking_event (shipment_id, occurred_at, id);

create table pod_document (
    shipment_id   bigint primary key references shipment (id),
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    content       bytea        not null
);

-- answers to requests sent with an Idempotency-Key, so that a retry gets the same answer
create table idempotency_record (
    credential_id    bigint        not null,
    idempotency_key  varchar(100)  not null,
    request_hash     varchar(64)   not null,
    status           integer       not null,
    response         varchar(1000000) not null,
    created_at       timestamp(6) with time zone not null,
    primary key (credential_id, idempotency_key)
);
