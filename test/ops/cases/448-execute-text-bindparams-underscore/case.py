op.execute(sa.text("UPDATE account SET status = :new_status WHERE status = :old_status").bindparams(new_status="closed", old_status="open"))
