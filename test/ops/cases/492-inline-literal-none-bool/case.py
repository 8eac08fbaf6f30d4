t = sa.table("t", sa.column("b", sa.Boolean()), sa.column("s", sa.String()))
op.execute(t.update().values(b=op.inline_literal(True), s=op.inline_literal(None)))
