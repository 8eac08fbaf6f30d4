await op.addColumn("t", sa.Column("c", sa.VARCHAR(20)));
