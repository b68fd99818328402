-- A client the 3PL lost, with the reason and a win-back plan of steps (issue 16, item 6). The lifecycle ends in the
-- stage LOST while a loss is open and reads RECOVERED for six months after the client came back. A later loss is a
-- new row; the latest per client counts.

create sequence client_loss_seq start with 1 increment by 50;

create table client_loss (
    id                 bigint        primary key,
    organisation_id    bigint        not null references organisation (id),
    lost_on            date          not null,
    reason             varchar(16)   not null
        check (reason in ('PRICE', 'SERVICE_FAILURE', 'COMPETITOR', 'BUSINESS_CHANGE', 'STAFF')),
    note               varchar(1000),
    state              varchar(10)   not null check (state in ('LOST', 'RECOVERED')),
    recovered_on       date,
    recorded_by_kind   varchar(16),
    recorded_by_id     bigint,
    recorded_by        varchar(150)  not null,
    recorded_at        timestamp(6) with time zone not null,
    recovered_by_kind  varchar(16),
    recovered_by_id    bigint,
    recovered_by       varchar(150),
    recovered_at       timestamp(6) with time zone,
    version            integer       not null,
    constraint client_loss_recovery_ck check (recovered_on is null or recovered_on >= lost_on)
);
-- a client's latest loss
create index client_loss_org_ix on client_loss (organisation_id, id);

create table win_back_step (
    loss_id       bigint        not null references client_loss (id),
    position      integer       not null,
    title         varchar(300)  not null,
    due_on        date          not null,
    done_at       timestamp(6) with time zone,
    done_by_kind  varchar(16),
    done_by_id    bigint,
    done_by       varchar(150),
    primary key (loss_id, position)
);
