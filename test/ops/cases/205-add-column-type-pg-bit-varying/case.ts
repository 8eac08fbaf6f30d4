await op.addColumn("t", sa.Column("c", postgresql.BIT(8, { varying: true })));
