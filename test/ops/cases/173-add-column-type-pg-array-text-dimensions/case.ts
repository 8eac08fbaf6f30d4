await op.addColumn("t", sa.Column("c", postgresql.ARRAY(sa.Text(), { dimensions: 3 })));
