await op.addColumn("t", sa.Column("c", mysql.BIGINT({ unsigned: true })));
