-- Erasing a person (their right to erasure): the account stays, since records point to it, under the pseudonym
-- erased-<id> with nothing that names or reaches them (erased_at set), and each erasure is queued here until the
-- housekeeping has replaced the person's name in every record that keeps one beside its typed actor (records_done_at).
alter table user_account add column erased_at timestamp(6) with time zone;

create table personal_data_erasure (
    user_id          bigint       primary key references user_account (id),
    pseudonym        varchar(64)  not null,
    requested_at     timestamp(6) with time zone not null,
    records_done_at  timestamp(6) with time zone
);
