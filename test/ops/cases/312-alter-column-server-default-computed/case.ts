await op.alterColumn("line", "total", { serverDefault: sa.Computed("price * qty") });
