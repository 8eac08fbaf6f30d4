await op.addColumn("t", sa.Column("b", postgresql.BIT(0)));
await op.addColumn("t", sa.Column("i", sa.Interval({ native: false })));
