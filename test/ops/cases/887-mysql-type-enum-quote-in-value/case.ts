await op.addColumn("t", sa.Column("c", mysql.ENUM("it's", "ok")));
