-- How a client keeps its partnership tier through a weak spell (TierRules.Stability): a shortfall within 2 % of each
-- failed rule's requirement does not count, a larger one only once it has lasted 30 days.
alter table relationship_config add column tier_hold_margin numeric(7, 4) default 0.02 not null;
alter table relationship_config add column tier_downgrade_days integer default 30 not null;
-- The first day a client fell short of its current tier beyond the margin, as each snapshot found it (null: it did not).
alter table relationship_snapshot add column tier_short_since date;
-- Satisfaction (Satisfaction.Policy): the SLA ratio gets a band of its own (0.01; targets sit near 100 %), and a
-- survey's weight halves every 180 days of its age.
alter table relationship_config add column satisfaction_sla_tolerance numeric(7, 4) default 0.01 not null;
alter table relationship_config add column survey_half_life_days integer default 180 not null;
