await op.addColumn("t", sa.Column("c", mysql.YEAR(4)));
