await op.addColumn("t", sa.Column("c", sa.String(20), { serverDefault: "C:\\path" }));
