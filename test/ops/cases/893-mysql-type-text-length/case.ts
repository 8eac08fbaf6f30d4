await op.addColumn("t", sa.Column("c", mysql.TEXT(1000)));
