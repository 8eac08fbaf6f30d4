await op.addColumn("t", sa.Column("c", postgresql.CHAR(2)));
