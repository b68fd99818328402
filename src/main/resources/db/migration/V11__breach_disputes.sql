-- A breach entry that the client turned into an SLA dispute points to it.
alter table sla_breach add column dispute_id bigint references dispute (id);
