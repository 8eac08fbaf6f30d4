await op.addColumn("order", sa.Column("select", sa.Integer()));
