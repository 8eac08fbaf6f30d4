await op.addColumn("t", sa.Column("c", sa.NCHAR(5)));
