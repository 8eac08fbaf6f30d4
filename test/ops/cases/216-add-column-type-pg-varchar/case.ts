await op.addColumn("t", sa.Column("c", postgresql.VARCHAR(10)));
