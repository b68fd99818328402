-- Invoices: what the 3PL's billing system invoiced each client, line by line. Clients read their
-- own; a billing dispute names the lines it contests; relationship management reads revenue (and,
-- where the billing system sends it, the 3PL's cost: margin) per client and period.

create sequence invoice_seq start with 1 increment by 50;
create sequence invoice_line_seq start with 1 increment by 50;

create table invoice (
    id               bigint         primary key,
    organisation_id  bigint         not null references organisation (id),
    contract_id      bigint         references client_contract (id),
    invoice_number   varchar(40)    not null,
    issued_on        date           not null,
    due_on           date           not null,
    currency         varchar(3)     not null,
    -- the sum of the lines, net of tax; credit lines are negative
    total_amount     numeric(19, 4) not null,
    -- the 3PL's own cost of what was invoiced (margin = total - cost); internal, never shown to clients; null when not sent
    cost_amount      numeric(19, 4),
    source_system    varchar(40)    not null,
    received_at      timestamp(6) with time zone not null,
    version          integer        not null,
    constraint invoice_number_uk unique (organisation_id, invoice_number),
    constraint invoice_due_ck check (due_on >= issued_on)
);
-- a client's invoices newest first (keyset), and revenue per client and period
create index invoice_org_issued_ix on invoice (organisation_id, issued_on, id);

create table invoice_line (
    id               bigint         primary key,
    invoice_id       bigint         not null references invoice (id),
    organisation_id  bigint         not null,
    line_no          integer        not null check (line_no > 0),
    charge_type      varchar(24)    not null,
    description      varchar(500)   not null,
    shipment_id      bigint         references shipment (id),
    quantity         numeric(19, 4),
    unit_price       numeric(19, 4),
    amount           numeric(19, 4) not null,
    constraint invoice_line_uk unique (invoice_id, line_no)
);
create index invoice_line_shipment_ix on invoice_line (shipment_id);

-- the invoice lines a (billing) dispute contests
create table dispute_invoice_line (
    dispute_id       bigint not null references dispute (id),
    invoice_line_id  bigint not null references invoice_line (id),
    primary key (dispute_id, invoice_line_id)
);
create index dispute_invoice_line_line_ix on dispute_invoice_line (invoice_line_id);
