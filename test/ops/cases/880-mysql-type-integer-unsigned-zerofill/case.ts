await op.addColumn("t", sa.Column("c", mysql.INTEGER({ unsigned: true, zerofill: true })));
