await op.addColumn("t", sa.Column("c", mysql.NVARCHAR(30)));
