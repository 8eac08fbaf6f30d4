await op.addColumn("t", sa.Column("c", postgresql.TIME({ precision: 0 })));
