await op.addColumn("t", sa.Column("c", postgresql.TIME({ timezone: true })));
