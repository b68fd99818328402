-- Idempotency-Key on every creating POST: a key is reserved (status 0, no answer yet) while its
-- request runs, then holds the answer as given (status, content type, Location, ETag, body).
-- Records expire after 24 hours; the housekeeping removes them by age.
alter table idempotency_record alter column request_hash drop not null;
alter table idempotency_record alter column response drop not null;
alter table idempotency_record add column content_type varchar(100);
alter table idempotency_record add column location varchar(2000);
alter table idempotency_record add column entity_tag varchar(100);
create index idempotency_record_created on idempotency_record (created_at);
