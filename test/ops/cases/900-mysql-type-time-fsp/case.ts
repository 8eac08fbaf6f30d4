await op.addColumn("t", sa.Column("c", mysql.TIME({ fsp: 3 })));
