await op.addColumn("t", sa.Column("c", sa.Unicode(100)));
