await op.addColumn("t", sa.Column("c", mysql.DOUBLE({ precision: 10, scale: 2 })));
