await op.addColumn("t", sa.Column("c", sa.Numeric({ scale: 2 })));
