await op.addColumn("t", sa.Column("c", sa.ARRAY(sa.String(20), { dimensions: 2 })));
