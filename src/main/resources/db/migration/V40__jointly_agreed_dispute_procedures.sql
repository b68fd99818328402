-- Dispute procedures agreed by both sides (issue 16, item 1): either side proposes a version, the other accepts,
-- rejects with a reason or counter-proposes; a version is in force only when agreed, with both signatories recorded.
-- Versions recorded before (by the 3PL, from the contract) and standard-template copies read AGREED.

alter table dispute_procedure add column agreement varchar(12) default 'AGREED' not null;
alter table dispute_procedure add constraint dispute_procedure_agreement_ck
    check (agreement in ('PROPOSED', 'AGREED', 'REJECTED', 'COUNTERED', 'WITHDRAWN'));
alter table dispute_procedure add column proposed_by_side varchar(8);
alter table dispute_procedure add column provider_signed_by_kind varchar(16);
alter table dispute_procedure add column provider_signed_by_id bigint;
alter table dispute_procedure add column provider_signed_by varchar(150);
alter table dispute_procedure add column provider_signed_at timestamp(6) with time zone;
alter table dispute_procedure add column client_signed_by_kind varchar(16);
alter table dispute_procedure add column client_signed_by_id bigint;
alter table dispute_procedure add column client_signed_by varchar(150);
alter table dispute_procedure add column client_signed_at timestamp(6) with time zone;
alter table dispute_procedure add column answer_reason varchar(1000);
alter table dispute_procedure add column counter_of bigint references dispute_procedure (id);
alter table dispute_procedure add column version integer default 0 not null;
