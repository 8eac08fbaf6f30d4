await op.addColumn("t", sa.Column("c", sa.DECIMAL(6, 1)));
