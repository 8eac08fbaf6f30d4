await op.addColumn("t", sa.Column("c", sa.VARBINARY(16)));
