await op.addColumn("t", sa.Column("c", sa.Numeric(10, 2)));
