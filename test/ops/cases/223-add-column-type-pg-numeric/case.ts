await op.addColumn("t", sa.Column("c", postgresql.NUMERIC(5, 2)));
