await op.addColumn("t", sa.Column("c", mysql.VARBINARY(16)));
