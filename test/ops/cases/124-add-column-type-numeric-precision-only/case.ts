await op.addColumn("t", sa.Column("c", sa.Numeric({ precision: 12 })));
