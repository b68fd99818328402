-- The dispute record is append-only: the database itself refuses to change or delete a row.
create function dispute_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'dispute_record is append-only: % is not allowed', tg_op;
end;
$$;
create trigger dispute_record_append_only before update or delete on dispute_record
    for each row execute function dispute_record_is_append_only();
