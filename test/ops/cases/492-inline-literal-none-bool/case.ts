const t = sa.table("t", sa.column("b", sa.Boolean()), sa.column("s", sa.String()));
await op.execute(t.update().values({ b: op.inlineLiteral(true), s: op.inlineLiteral(null) }));
