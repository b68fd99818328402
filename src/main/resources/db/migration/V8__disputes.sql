-- Disputes: the procedure agreed per contract (versioned, with its escalation ladder), the
-- disputes with their shipments and offers, the append-only record of every change, and the
-- yearly counters behind claim and credit-note numbers.

create sequence dispute_procedure_seq start with 1 increment by 50;
create sequence dispute_seq start with 1 increment by 50;
create sequence dispute_record_seq start with 1 increment by 50;

create table dispute_procedure (
    id                  bigint        primary key,
    contract_id         bigint        not null references client_contract (id),
    organisation_id     bigint        not null references organisation (id),
    kinds               varchar(200)  not null,
    filing_window_days  integer       not null,
    acknowledge_days    integer       not null,
    resolve_days        integer       not null,
    business_days       boolean       not null,
    reopen_window_days  integer       not null,
    effective_from      date          not null,
    recorded_by         varchar(150)  not null,
    recorded_at         timestamp(6) with time zone not null
);
create index dispute_procedure_contract_ix on dispute_procedure (contract_id, effective_from);

create table dispute_ladder_level (
    procedure_id     bigint       not null references dispute_procedure (id),
    position         integer      not null,
    level_name       varchar(60)  not null,
    time_limit_days  integer      not null,
    primary key (procedure_id, position)
);

create table dispute (
    id                  bigint         primary key,
    claim_number        varchar(20)    not null unique,
    organisation_id     bigint         not null references organisation (id),
    procedure_id        bigint         not null references dispute_procedure (id),
    kind                varchar(24)    not null,
    amount_claimed      numeric(19, 4) not null,
    currency            varchar(3)     not null,
    description         varchar(4000)  not null,
    state               varchar(24)    not null,
    ladder_level        integer        not null,
    level_since         date           not null,
    filed_on            date           not null,
    acknowledge_by      date           not null,
    resolve_by          date           not null,
    ended_on            date,
    settled_amount      numeric(19, 4),
    credit_note_number  varchar(20),
    rejection_reason    varchar(2000),
    version             integer        not null
);
-- the account manager's queue (open disputes by deadline) and a client's list
create index dispute_org_state_ix on dispute (organisation_id, state, resolve_by);

create table dispute_shipment (
    dispute_id   bigint not null references dispute (id),
    shipment_id  bigint not null references shipment (id)
);
create index dispute_shipment_ix on dispute_shipment (dispute_id);

create table dispute_offer (
    dispute_id  bigint         not null references dispute (id),
    position    integer        not null,
    amount      numeric(19, 4) not null,
    side        varchar(16)    not null,
    made_by     varchar(150)   not null,
    made_at     timestamp(6) with time zone not null,
    status      varchar(16)    not null,
    primary key (dispute_id, position)
);

create table dispute_record (
    id               bigint         primary key,
    dispute_id       bigint         not null references dispute (id),
    organisation_id  bigint         not null,
    recorded_at      timestamp(6) with time zone not null,
    actor            varchar(150)   not null,
    side             varchar(16),
    action           varchar(24)    not null,
    from_state       varchar(24),
    to_state         varchar(24)    not null,
    amount           numeric(19, 4),
    ladder_level     integer        not null,
    note             varchar(2000)
);
create index dispute_record_dispute_ix on dispute_record (dispute_id, recorded_at, id);

create table number_counter (
    counter     varchar(16)  not null,
    counter_year integer     not null,
    last_value  integer      not null,
    primary key (counter, counter_year)
);

insert into job_lease (name, holder, leased_until, watermark) values ('dispute-escalation', null, timestamp '2000-01-01 00:00:00', null);
