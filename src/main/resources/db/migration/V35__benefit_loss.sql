-- Benefit loss counts what a client would forfeit by leaving (issue 16, item 3). Settled dispute credits counted
-- money already paid out for service failures, so more failures raised the switching-cost index; they are replaced
-- by the credits granted and not yet deducted on an invoice, and by the rebates accrued under a volume commitment
-- still running (recorded by staff). Snapshots taken before keep their explanation rows as they were.

alter table relationship_fact add column accrued_rebates numeric(19, 4);
alter table relationship_fact add column accrued_rebates_currency varchar(3);

delete from relationship_proxy_setting where proxy = 'SETTLED_CREDITS';
insert into relationship_proxy_setting (config_id, proxy, weight, scale_kind, zero_at, reference_at)
select id, 'UNUSED_CREDITS', 1, 'SATURATING', 0, 10000 from relationship_config;
insert into relationship_proxy_setting (config_id, proxy, weight, scale_kind, zero_at, reference_at)
select id, 'ACCRUED_REBATES', 1, 'SATURATING', 0, 25000 from relationship_config;
