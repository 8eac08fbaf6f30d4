await op.dropTable("t", { schema: "s", postgresqlInherits: "x" });
