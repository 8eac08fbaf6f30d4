await op.createTable("account", sa.Column("id", sa.Integer()), { schema: "my.schema" });
