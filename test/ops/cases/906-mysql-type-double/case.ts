await op.addColumn("t", sa.Column("c", mysql.DOUBLE()));
