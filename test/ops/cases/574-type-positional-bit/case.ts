await op.addColumn("t", sa.Column("c", postgresql.BIT(4, true)));
