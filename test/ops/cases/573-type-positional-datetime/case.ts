await op.addColumn("t", sa.Column("c", sa.DateTime(true)));
