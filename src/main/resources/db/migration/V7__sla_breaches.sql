-- A breached KPI period opens an entry that the account manager must comment on (and that the
-- dispute workflow will let the client turn into an SLA dispute).
create sequence sla_breach_seq start with 1 increment by 50;

create table sla_breach (
    id               bigint        primary key,
    term_id          bigint        not null references sla_term (id),
    period_start     date          not null,
    period_end       date          not null,
    organisation_id  bigint        not null references organisation (id),
    kpi              varchar(40)   not null,
    actual           numeric(12, 4),
    target           numeric(10, 4) not null,
    opened_at        timestamp(6) with time zone not null,
    manager_comment  varchar(2000),
    commented_by     varchar(150),
    commented_at     timestamp(6) with time zone,
    version          integer       not null,
    constraint sla_breach_period_uk unique (term_id, period_start)
);
create index sla_breach_organisation_ix on sla_breach (organisation_id, period_start);
