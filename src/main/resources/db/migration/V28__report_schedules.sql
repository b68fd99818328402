-- Scheduled reports (issue 14): a user's standing order for an export, sent by the leased report job in the same
-- transaction as the mail is queued and the next run advanced; files sent as a link are kept in report_file for
-- portal.reports.link.days, for their owner alone. Mails may carry one attachment (bounded by
-- portal.reports.attachment.max-bytes; a larger file goes as a link).
create sequence report_schedule_seq start with 1 increment by 50;
create table report_schedule (
    id              bigint primary key,
    owner_id        bigint        not null references user_account (id) on delete cascade,
    title           varchar(100)  not null,
    kind            varchar(32)   not null check (kind in ('SHIPMENTS', 'SLA_PERIOD', 'DISPUTE_STATISTICS')),
    organisation_id bigint        references organisation (id),
    filter          varchar(1000),
    format          varchar(8)    not null check (format in ('CSV', 'XLSX', 'PDF')),
    language        varchar(8)    not null check (language in ('EN', 'ZH_CN')),
    delivery        varchar(16)   not null check (delivery in ('ATTACHMENT', 'LINK')),
    frequency       varchar(16)   not null check (frequency in ('WEEKLY', 'MONTHLY')),
    day_of_week     varchar(16),
    day_of_month    integer       check (day_of_month between 1 and 31),
    time_of_day     time          not null,
    time_zone       varchar(64)   not null,
    state           varchar(16)   not null check (state in ('ACTIVE', 'PAUSED')),
    pause_reason    varchar(16),
    pause_detail    varchar(500),
    next_run_at     timestamp(6) with time zone not null,
    last_run_at     timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    version         integer       not null default 0
);
create index report_schedule_owner_ix on report_schedule (owner_id);
-- the job's question: the active schedules due
create index report_schedule_due_ix on report_schedule (state, next_run_at);

create sequence report_file_seq start with 1 increment by 50;
create table report_file (
    id           bigint primary key,
    token        varchar(64)  not null unique,
    owner_id     bigint       not null references user_account (id) on delete cascade,
    schedule_id  bigint       references report_schedule (id) on delete set null,
    file_name    varchar(200) not null,
    content_type varchar(120) not null,
    content      bytea        not null,
    created_at   timestamp(6) with time zone not null,
    expires_at   timestamp(6) with time zone not null
);
create index report_file_expiry_ix on report_file (expires_at);

alter table mail_outbox add column attachment_name varchar(200);
alter table mail_outbox add column attachment_type varchar(120);
alter table mail_outbox add column attachment bytea;

-- the report job's lease (see LeasedScheduler): one server at a time sends the due reports
insert into job_lease (name, holder, leased_until, watermark) values ('scheduled-reports', null, timestamp '2000-01-01 00:00:00', null);
