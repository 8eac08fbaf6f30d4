await op.addColumn("t", sa.Column("c", sa.String(0)));
