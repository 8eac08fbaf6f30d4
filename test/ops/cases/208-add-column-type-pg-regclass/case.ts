await op.addColumn("t", sa.Column("c", postgresql.REGCLASS()));
