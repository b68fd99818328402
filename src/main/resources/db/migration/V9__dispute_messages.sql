-- The message thread of a dispute between client and 3PL, and the 3PL's internal notes (never
-- shown to the client): both append-only.
create sequence dispute_message_seq start with 1 increment by 50;

create table dispute_message (
    id               bigint         primary key,
    dispute_id       bigint         not null references dispute (id),
    organisation_id  bigint         not null,
    author           varchar(150)   not null,
    side             varchar(16)    not null,
    internal         boolean        not null,
    text             varchar(4000)  not null,
    created_at       timestamp(6) with time zone not null
);
create index dispute_message_dispute_ix on dispute_message (dispute_id, created_at, id);
