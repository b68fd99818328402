-- Lifetime value per client (issue 16, item 4): each client's own retention from its churn risk and stage, margin
-- discounted at a configured annual rate, and the value's components. Null in the snapshots taken before: the next
-- computation fills the latest.

alter table relationship_config add column annual_discount_rate numeric(7, 4) default 0.10 not null;

alter table relationship_snapshot add column margin_estimated boolean;
alter table relationship_snapshot add column retention_rate numeric(7, 4);
alter table relationship_snapshot add column retention_reason varchar(4000);
alter table relationship_snapshot add column certain_months numeric(9, 2);
alter table relationship_snapshot add column discounted_months numeric(9, 2);
alter table relationship_snapshot add column discount_rate numeric(7, 4);
alter table relationship_snapshot add column purchase_value numeric(19, 2);
alter table relationship_snapshot add column purchase_note varchar(4000);
alter table relationship_snapshot add column transaction_value numeric(19, 2);
alter table relationship_snapshot add column transaction_note varchar(4000);
alter table relationship_snapshot add column information_score integer;
alter table relationship_snapshot add column information_note varchar(4000);
