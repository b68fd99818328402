-- The security log, the tier history and the dispute record stay append-only, with one exception: an erased
-- person's name replaced by their pseudonym, as personal_data_erasure records it, and nothing else of the row changed.
create or replace function security_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
        and to_jsonb(new) - 'actor' - 'subject_name' = to_jsonb(old) - 'actor' - 'subject_name'
        and (new.actor is not distinct from old.actor
             or (new.actor_kind = 'USER' and exists (select 1 from personal_data_erasure e
                                                      where e.user_id = new.actor_id and e.pseudonym = new.actor)))
        and (new.subject_name is not distinct from old.subject_name
             or exists (select 1 from personal_data_erasure e
                         where e.user_id = new.subject_user_id and e.pseudonym = new.subject_name)) then
        return new;
    end if;
    raise exception 'security_event is append-only: % is not allowed', tg_op;
end;
$$;

create or replace function tier_history_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
        and to_jsonb(new) - 'proposed_by' - 'approved_by' = to_jsonb(old) - 'proposed_by' - 'approved_by'
        and (new.proposed_by is not distinct from old.proposed_by
             or (new.proposed_by_kind = 'USER' and exists (select 1 from personal_data_erasure e
                  where e.user_id = new.proposed_by_id and e.pseudonym = new.proposed_by)))
        and (new.approved_by is not distinct from old.approved_by
             or (new.approved_by_kind = 'USER' and exists (select 1 from personal_data_erasure e
                  where e.user_id = new.approved_by_id and e.pseudonym = new.approved_by))) then
        return new;
    end if;
    raise exception 'tier_history is append-only: % is not allowed', tg_op;
end;
$$;

create or replace function dispute_record_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
        and to_jsonb(new) - 'actor' = to_jsonb(old) - 'actor'
        and new.actor_kind = 'USER' and exists (select 1 from personal_data_erasure e
                                                 where e.user_id = new.actor_id and e.pseudonym = new.actor) then
        return new;
    end if;
    raise exception 'dispute_record is append-only: % is not allowed', tg_op;
end;
$$;
