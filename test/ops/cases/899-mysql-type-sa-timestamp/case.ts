await op.addColumn("t", sa.Column("c", sa.TIMESTAMP()));
