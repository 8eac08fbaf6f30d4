op.execute(sa.text("UPDATE t SET d = :d::date").bindparams(d="2020-01-01"))
