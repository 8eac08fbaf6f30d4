await op.addColumn("account", sa.Column("is_admin", sa.Boolean(), { serverDefault: "false" }));
