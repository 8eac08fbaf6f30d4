await op.addColumn("t", sa.Column("c", postgresql.TIMESTAMP(true, 3)));
