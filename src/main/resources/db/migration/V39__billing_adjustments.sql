-- Credits that reach the invoice (issue 16, item 2): a closed SLA period's bonus or credit, a dispute settled with a
-- credit note and a tier's price incentive on an invoice each become one billing adjustment, with its lines, that the
-- client sees with its invoices and the billing system reads. One per cause, kept by the database: two servers
-- closing the same period issue it once.

create sequence billing_adjustment_seq start with 1 increment by 50;

create table billing_adjustment (
    id                 bigint        primary key,
    organisation_id    bigint        not null references organisation (id),
    adjustment_number  varchar(20)   not null,
    cause              varchar(24)   not null check (cause in ('SLA_PERIOD', 'DISPUTE_SETTLEMENT', 'TIER_INCENTIVE')),
    cause_key          varchar(100)  not null,
    direction          varchar(8)    not null check (direction in ('CREDIT', 'CHARGE')),
    currency           varchar(3)    not null,
    total              numeric(19, 4) not null check (total > 0),
    issued_on          date          not null,
    invoice_id         bigint        references invoice (id),
    dispute_id         bigint        references dispute (id),
    sla_term_id        bigint        references sla_term (id),
    period_start       date,
    tier_code          varchar(40),
    created_at         timestamp(6) with time zone not null,
    constraint billing_adjustment_cause_uq unique (cause, cause_key),
    constraint billing_adjustment_number_uq unique (adjustment_number)
);
-- a client's adjustments, oldest first (the billing system's feed)
create index billing_adjustment_org_ix on billing_adjustment (organisation_id, id);
create index billing_adjustment_invoice_ix on billing_adjustment (invoice_id);

create table billing_adjustment_line (
    adjustment_id  bigint         not null references billing_adjustment (id),
    line_no        integer        not null,
    description    varchar(4000)  not null,
    amount         numeric(19, 4) not null,
    primary key (adjustment_id, line_no)
);
