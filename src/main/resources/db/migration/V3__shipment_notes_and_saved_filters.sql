-- Notes on a shipment, shared by the client and the 3PL (append-only), and the shipment-list
-- filters that users save under a name.

create sequence shipment_note_seq start with 1 increment by 50;
create sequence saved_filter_seq start with 1 increment by 50;

create table shipment_note (
    id               bigint primary key,
    shipment_id      bigint        not null references shipment (id),
    organisation_id  bigint        not null,
    author           varchar(200)  not null,
    author_side      varchar(16)   not null check (author_side in ('CLIENT', 'PROVIDER')),
    text             varchar(2000) not null,
    created_at       timestamp(6) with time zone not null
);
create index shipment_note_shipment_ix on shipment_note (shipment_id, created_at);

create table saved_filter (
    id          bigint primary key,
    user_id     bigint       not null references user_account (id),
    name        varchar(100) not null,
    definition  varchar(2000) not null,
    created_at  timestamp(6) with time zone not null,
    constraint saved_filter_name_uk unique (user_id, name)
);
