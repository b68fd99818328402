-- Service-level alerts (raised once per term, period and level) and the notifications they leave
-- in the portal; each user chooses whether alerts reach them by e-mail and in the portal.

alter table user_account add column alerts_by_email boolean default true not null;
alter table user_account add column alerts_in_portal boolean default true not null;

create table sla_alert (
    term_id          bigint       not null references sla_term (id),
    period_start     date         not null,
    alert_level      varchar(16)  not null check (alert_level in ('AT_RISK', 'BREACHED')),
    organisation_id  bigint       not null references organisation (id),
    raised_at        timestamp(6) with time zone not null,
    primary key (term_id, period_start, alert_level)
);

create sequence notification_seq start with 1 increment by 50;

create table notification (
    id          bigint        primary key,
    user_id     bigint        not null references user_account (id),
    subject     varchar(300)  not null,
    body        varchar(2000) not null,
    link        varchar(500),
    created_at  timestamp(6) with time zone not null,
    read_at     timestamp(6) with time zone
);
create index notification_user_ix on notification (user_id, created_at);
