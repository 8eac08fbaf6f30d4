op.execute(sa.text("DELETE FROM t WHERE id > :n").bindparams(sa.bindparam("n", 10, type_=sa.Integer())))
