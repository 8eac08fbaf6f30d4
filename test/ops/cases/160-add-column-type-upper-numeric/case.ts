await op.addColumn("t", sa.Column("c", sa.NUMERIC(6, 1)));
