await op.addColumn("Account", sa.Column("LastLogin", sa.DateTime()), { schema: "Billing" });
