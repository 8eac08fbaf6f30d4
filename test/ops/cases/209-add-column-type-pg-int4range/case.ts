await op.addColumn("t", sa.Column("c", postgresql.INT4RANGE()));
