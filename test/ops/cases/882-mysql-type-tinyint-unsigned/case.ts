await op.addColumn("t", sa.Column("c", mysql.TINYINT({ unsigned: true })));
