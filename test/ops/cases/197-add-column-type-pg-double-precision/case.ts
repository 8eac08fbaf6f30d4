await op.addColumn("t", sa.Column("c", postgresql.DOUBLE_PRECISION()));
