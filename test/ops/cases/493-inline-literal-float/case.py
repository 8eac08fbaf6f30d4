t = sa.table("t", sa.column("f", sa.Float()))
op.execute(t.update().values(f=op.inline_literal(2.5)))
