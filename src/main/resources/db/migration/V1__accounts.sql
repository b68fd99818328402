-- Organisations (tenants), users, account-manager assignments, contracts, API credentials and
-- the login throttle. Written for PostgreSQL; it also runs on H2 in PostgreSQL mode.

create sequence organisation_seq start with 1 increment by 50;
create sequence user_account_seq start with 1 increment by 50;
create sequence account_assignment_seq start with 1 increment by 50;
create sequence client_contract_seq start with 1 increment by 50;
create sequence api_credential_seq start with 1 increment by 50;

create table organisation (
    id          bigint primary key,
    code        varchar(32)  not null,
    name        varchar(200) not null,
    status      varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED')),
    created_at  timestamp(6) with time zone not null,
    version     integer      not null,
    constraint organisation_code_uk unique (code)
);

create table user_account (
    id                        bigint primary key,
    username                  varchar(64)  not null,
    display_name              varchar(200) not null,
    email                     varchar(254) not null,
    role                      varchar(32)  not null check (role in ('CLIENT_ADMIN', 'CLIENT_USER', 'ACCOUNT_MANAGER', 'OPS_ADMIN')),
    organisation_id           bigint references organisation (id),
    password_hash             varchar(200) not null,
    password_change_required  boolean      not null,
    enabled                   boolean      not null,
    created_at                timestamp(6) with time zone not null,
    last_login_at             timestamp(6) with time zone,
    version                   integer      not null,
    constraint user_account_username_uk unique (username),
    -- client roles belong to an organisation, staff roles to none
    constraint user_account_role_organisation_ck check (
        (role in ('CLIENT_ADMIN', 'CLIENT_USER') and organisation_id is not null)
        or (role in ('ACCOUNT_MANAGER', 'OPS_ADMIN') and organisation_id is null))
);
create index user_account_organisation_ix on user_account (organisation_id);

create table account_assignment (
    id               bigint primary key,
    manager_id       bigint not null references user_account (id),
    organisation_id  bigint not null references organisation (id),
    assigned_at      timestamp(6) with time zone not null,
    constraint account_assignment_uk unique (manager_id, organisation_id)
);
create index account_assignment_organisation_ix on account_assignment (organisation_id);

create table client_contract (
    id               bigint primary key,
    organisation_id  bigint        not null references organisation (id),
    contract_number  varchar(40)   not null,
    start_date       date          not null,
    end_date         date,
    services         varchar(500)  not null,
    monthly_fee      numeric(19, 4) not null check (monthly_fee >= 0),
    currency         varchar(3)    not null,
    version          integer       not null,
    constraint client_contract_number_uk unique (contract_number),
    constraint client_contract_term_ck check (end_date is null or end_date >= start_date)
);
create index client_contract_organisation_ix on client_contract (organisation_id);

create table api_credential (
    id               bigint primary key,
    organisation_id  bigint references organisation (id),
    name             varchar(100) not null,
    key_prefix       varchar(16)  not null,
    key_digest       varchar(64)  not null,
    scopes           varchar(64)  not null,
    created_by       varchar(64)  not null,
    created_at       timestamp(6) with time zone not null,
    revoked_at       timestamp(6) with time zone,
    last_used_at     timestamp(6) with time zone,
    version          integer      not null,
    constraint api_credential_prefix_uk unique (key_prefix)
);
create index api_credential_organisation_ix on api_credential (organisation_id);

-- Failed sign-ins per subject ('user:<name>' or 'address:<ip>'), shared by every server.
create table login_throttle (
    subject          varchar(200) primary key,
    failures         integer      not null,
    window_started_at timestamp(6) with time zone not null,
    blocked_until    timestamp(6) with time zone
);
