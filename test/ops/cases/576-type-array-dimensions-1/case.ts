await op.addColumn("t", sa.Column("c", sa.ARRAY(sa.Integer(), { dimensions: 1 })));
