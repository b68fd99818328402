-- File imports started from the portal: their progress is kept here (not in a server's memory),
-- so any server behind the load balancer can show it, and their first rejected lines.

create sequence import_job_seq start with 1 increment by 50;

create table import_job (
    id            bigint primary key,
    kind          varchar(16)   not null check (kind in ('SHIPMENTS', 'EVENTS')),
    file_name     varchar(200)  not null,
    bytes_total   bigint        not null,
    started_by    varchar(150)  not null,
    status        varchar(16)   not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    bytes_read    bigint        not null,
    lines_read    bigint        not null,
    created       bigint        not null,
    updated       bigint        not null,
    rejected      bigint        not null,
    method        varchar(16),
    failure       varchar(1000),
    errors_truncated boolean    not null,
    queued_at     timestamp(6) with time zone not null,
    started_at    timestamp(6) with time zone,
    finished_at   timestamp(6) with time zone,
    heartbeat_at  timestamp(6) with time zone not null,
    version       integer       not null
);
create index import_job_queued_ix on import_job (queued_at desc);

create table import_job_error (
    job_id    bigint        not null references import_job (id),
    position  integer       not null,
    line      bigint        not null,
    field     varchar(64)   not null,
    message   varchar(500)  not null,
    primary key (job_id, position)
);
