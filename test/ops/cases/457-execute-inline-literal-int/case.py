account = sa.table("account", sa.column("age", sa.Integer()))
op.execute(account.update().values(age=op.inline_literal(42)))
