await op.addColumn("t", sa.Column("c", postgresql.ARRAY(sa.Numeric(6, 2), { dimensions: 2 })));
