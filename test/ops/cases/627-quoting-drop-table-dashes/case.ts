await op.dropTable("my-table", { schema: "my-schema" });
