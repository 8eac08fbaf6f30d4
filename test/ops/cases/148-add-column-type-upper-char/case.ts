await op.addColumn("t", sa.Column("c", sa.CHAR(3)));
