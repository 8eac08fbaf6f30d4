await op.addColumn("t", sa.Column("c", mysql.FLOAT({ unsigned: true })));
