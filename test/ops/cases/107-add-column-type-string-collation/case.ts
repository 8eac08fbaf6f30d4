await op.addColumn("t", sa.Column("c", sa.String(40, { collation: "C" })));
