-- Evidence attached to disputes: the facts here, the bytes in files outside the web root under
-- generated names (portal.attachments.dir).
create sequence dispute_attachment_seq start with 1 increment by 50;

create table dispute_attachment (
    id               bigint        primary key,
    dispute_id       bigint        not null references dispute (id),
    organisation_id  bigint        not null,
    file_name        varchar(200)  not null,
    content_type     varchar(100)  not null,
    size_bytes       integer       not null,
    storage_key      varchar(64)   not null unique,
    uploaded_by      varchar(150)  not null,
    side             varchar(16)   not null,
    uploaded_at      timestamp(6) with time zone not null
);
create index dispute_attachment_dispute_ix on dispute_attachment (dispute_id, uploaded_at);
