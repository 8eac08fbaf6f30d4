await op.addColumn("t", sa.Column("c", mysql.ENUM("small", "medium", "large")));
