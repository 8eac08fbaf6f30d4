await op.addColumn("t", sa.Column("c", sa.NVARCHAR(30)));
