const t = sa.table("t", sa.column("f", sa.Float()));
await op.execute(t.update().values({ f: op.inlineLiteral(2.5) }));
