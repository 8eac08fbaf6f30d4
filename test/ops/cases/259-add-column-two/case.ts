await op.addColumn("account", sa.Column("a", sa.Integer()));
await op.addColumn("account", sa.Column("b", sa.String(5)));
