await op.addColumn("t", sa.Column("c", mysql.CHAR(2, { charset: "ascii" })));
