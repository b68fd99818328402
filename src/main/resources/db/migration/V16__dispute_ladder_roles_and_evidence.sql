-- Who decides for the 3PL at each rung of a dispute procedure's escalation ladder (its account
-- managers, or only its operations admins, e.g. once a dispute is with the executives), and the
-- evidence each kind of claim must have attached before the 3PL investigates it. Procedures recorded
-- before keep their meaning: every rung decided by account managers, no evidence required.
alter table dispute_ladder_level add column provider_role varchar(24) default 'ACCOUNT_MANAGER' not null;
alter table dispute_ladder_level add constraint dispute_ladder_level_role_ck check (provider_role in ('ACCOUNT_MANAGER', 'OPS_ADMIN'));

create table dispute_required_evidence (
    procedure_id  bigint        not null references dispute_procedure (id),
    kind          varchar(24)   not null,
    description   varchar(500)  not null,
    primary key (procedure_id, kind)
);
