account = sa.table("account", sa.column("code", sa.String()))
op.execute(account.update().values(code=op.inline_literal("007", type_=sa.String())))
