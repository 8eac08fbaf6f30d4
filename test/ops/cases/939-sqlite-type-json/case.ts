await op.addColumn("t", sa.Column("c", sqlite.JSON()));
