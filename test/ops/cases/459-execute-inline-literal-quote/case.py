account = sa.table("account", sa.column("name", sa.String()))
op.execute(account.update().values({"name": op.inline_literal("O'Brien")}))
