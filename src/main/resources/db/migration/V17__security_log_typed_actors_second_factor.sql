-- Trust (issue 11): the security log, typed actors on every record that names who acted, the
-- second factor (TOTP and recovery codes), the session epoch that ends a user's other sessions, and
-- the addresses each API key was used from.

-- The security log: append-only (PostgreSQL also refuses updates and deletes, V17_1).
create sequence security_event_seq start with 1 increment by 50;
create table security_event (
    id                     bigint       primary key,
    occurred_at            timestamp(6) with time zone not null,
    event_type             varchar(40)  not null,
    actor_kind             varchar(16),
    actor_id               bigint,
    actor                  varchar(150),
    subject_user_id        bigint,
    subject_credential_id  bigint,
    subject_name           varchar(150),
    organisation_id        bigint,
    address                varchar(64),
    detail                 varchar(500)
);
create index security_event_time_ix on security_event (occurred_at desc, id desc);
create index security_event_subject_user_ix on security_event (subject_user_id, occurred_at desc);
create index security_event_organisation_ix on security_event (organisation_id, occurred_at desc);

-- Typed actors: who acted, as a user or an API credential (kind and id), next to the name it had.
-- Rows written before are typed where the name is a username; the rest read as LEGACY (name only).
alter table dispute_record add column actor_kind varchar(16);
alter table dispute_record add column actor_id bigint;
alter table dispute_message add column author_kind varchar(16);
alter table dispute_message add column author_id bigint;
alter table dispute_offer add column made_by_kind varchar(16);
alter table dispute_offer add column made_by_id bigint;
alter table dispute_attachment add column uploaded_by_kind varchar(16);
alter table dispute_attachment add column uploaded_by_id bigint;
alter table dispute_procedure add column recorded_by_kind varchar(16);
alter table dispute_procedure add column recorded_by_id bigint;
alter table tier_proposal add column proposed_by_kind varchar(16);
alter table tier_proposal add column proposed_by_id bigint;
alter table tier_proposal add column decided_by_kind varchar(16);
alter table tier_proposal add column decided_by_id bigint;
alter table tier_history add column proposed_by_kind varchar(16);
alter table tier_history add column proposed_by_id bigint;
alter table tier_history add column approved_by_kind varchar(16);
alter table tier_history add column approved_by_id bigint;
alter table shipment_note add column author_kind varchar(16);
alter table shipment_note add column author_id bigint;
alter table sla_term add column recorded_by_kind varchar(16);
alter table sla_term add column recorded_by_id bigint;
alter table sla_breach add column commented_by_kind varchar(16);
alter table sla_breach add column commented_by_id bigint;
alter table api_credential alter column created_by set data type varchar(150);
alter table api_credential add column created_by_kind varchar(16);
alter table api_credential add column created_by_id bigint;
alter table import_job add column started_by_kind varchar(16);
alter table import_job add column started_by_id bigint;
alter table satisfaction_survey add column sent_by_kind varchar(16);
alter table satisfaction_survey add column sent_by_id bigint;
alter table satisfaction_survey add column answered_by_kind varchar(16);
alter table satisfaction_survey add column answered_by_id bigint;
alter table relationship_contact add column recorded_by_kind varchar(16);
alter table relationship_contact add column recorded_by_id bigint;
alter table relationship_fact add column recorded_by_kind varchar(16);
alter table relationship_fact add column recorded_by_id bigint;
alter table account_task add column done_by_kind varchar(16);
alter table account_task add column done_by_id bigint;
alter table relationship_config add column updated_by_kind varchar(16);
alter table relationship_config add column updated_by_id bigint;

update tier_proposal set proposed_by_kind = 'USER', proposed_by_id = (select u.id from user_account u where u.username = tier_proposal.proposed_by)
    where exists (select 1 from user_account u where u.username = tier_proposal.proposed_by);
update tier_proposal set decided_by_kind = 'USER', decided_by_id = (select u.id from user_account u where u.username = tier_proposal.decided_by)
    where exists (select 1 from user_account u where u.username = tier_proposal.decided_by);
update tier_history set proposed_by_kind = 'USER', proposed_by_id = (select u.id from user_account u where u.username = tier_history.proposed_by)
    where exists (select 1 from user_account u where u.username = tier_history.proposed_by);
update tier_history set approved_by_kind = 'USER', approved_by_id = (select u.id from user_account u where u.username = tier_history.approved_by)
    where exists (select 1 from user_account u where u.username = tier_history.approved_by);
update api_credential set created_by_kind = 'USER', created_by_id = (select u.id from user_account u where u.username = api_credential.created_by)
    where exists (select 1 from user_account u where u.username = api_credential.created_by);

-- Sessions: every session carries the epoch its user had at sign-in; raising it (password changed or
-- reset, second factor reset, account disabled) ends every other session of that user.
alter table user_account add column session_epoch integer default 0 not null;

-- The second factor: a TOTP secret (RFC 6238), the last time step accepted (a code works once), and
-- one-time recovery codes (SHA-256 digests only).
alter table user_account add column totp_secret varchar(64);
alter table user_account add column totp_enrolled_at timestamp(6) with time zone;
alter table user_account add column totp_last_step bigint;
create table user_recovery_code (
    user_id     bigint       not null references user_account (id),
    code_digest varchar(64)  not null,
    used_at     timestamp(6) with time zone,
    primary key (user_id, code_digest)
);
-- A client organisation's admins may require the second factor of all its users.
alter table organisation add column second_factor_required boolean default false not null;

-- Addresses each API key was used from: a new one is a security-log entry.
create table api_credential_address (
    credential_id  bigint       not null references api_credential (id),
    address        varchar(64)  not null,
    first_seen_at  timestamp(6) with time zone not null,
    primary key (credential_id, address)
);

-- The throttle counts attempts (before the password is checked); old rows are purged by their window,
-- by the leased housekeeping job.
create index login_throttle_window_ix on login_throttle (window_started_at);
insert into job_lease (name, holder, leased_until, watermark) values ('housekeeping', null, timestamp '2000-01-01 00:00:00', null);
