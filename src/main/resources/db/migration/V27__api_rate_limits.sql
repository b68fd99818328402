-- Rate limits per API key (docs/api.md#rate-limits). A key's own limit is kept with the key; null in both columns:
-- the configured default (portal.ratelimit.*), so that changing the configuration changes every such key.
alter table api_credential add column rate_limit_per_minute integer;
alter table api_credential add column rate_limit_burst integer;
alter table api_credential add constraint api_credential_rate_limit_ck check (
    (rate_limit_per_minute is null and rate_limit_burst is null)
    or (rate_limit_per_minute between 1 and 1000000 and rate_limit_burst between 1 and 1000000));
-- Each key's token bucket, shared by every server: refilled and taken from in one update that judges the time by the
-- database's clock (JdbcRateLimitBuckets). granted: whether that update's take was granted (it refills either way).
-- A row is made at a key's first request.
create table api_rate_limit (
    credential_id  bigint primary key references api_credential (id) on delete cascade,
    tokens         double precision not null,
    refilled_at    timestamp(6) with time zone not null,
    granted        boolean not null
);
