-- Why each client stays (its loyalty type) and how deep the relationship goes (Kotler's level), read by every
-- computation with the rule that applied (issue 16, item 5). Null in the snapshots taken before: the next
-- computation fills the latest.

alter table relationship_snapshot add column loyalty_type varchar(16);
alter table relationship_snapshot add column loyalty_at_risk boolean;
alter table relationship_snapshot add column loyalty_reason varchar(4000);
alter table relationship_snapshot add column relationship_level varchar(16);
alter table relationship_snapshot add column level_reason varchar(4000);
