await op.addColumn("account", sa.Column("balance", sa.Numeric(12, 2), { serverDefault: "0.00" }));
