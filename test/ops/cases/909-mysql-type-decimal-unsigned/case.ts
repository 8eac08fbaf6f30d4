await op.addColumn("t", sa.Column("c", mysql.DECIMAL(10, 2, { unsigned: true })));
