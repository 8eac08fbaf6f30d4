op.execute(sa.text("UPDATE t SET name = :n").bindparams(n="café ☕"))
