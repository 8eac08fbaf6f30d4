await op.addColumn("t", sa.Column("c", mysql.SET("read", "write", "admin")));
