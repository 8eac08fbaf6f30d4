await op.addColumn("t", sa.Column("c", mysql.DATETIME({ fsp: 6 })));
