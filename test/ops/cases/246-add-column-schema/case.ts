await op.addColumn("account", sa.Column("note", sa.Text()), { schema: "billing" });
