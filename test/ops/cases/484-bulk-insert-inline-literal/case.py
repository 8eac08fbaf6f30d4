accounts = sa.table("account", sa.column("id", sa.Integer()), sa.column("name", sa.String()))
op.bulk_insert(accounts, [{"id": op.inline_literal(1), "name": op.inline_literal("a")}])
