await op.addColumn("t", sa.Column("c", postgresql.INTERVAL({ precision: 3 })));
