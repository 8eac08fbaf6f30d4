await op.alterColumn("account", "status", { serverDefault: "o'clock" });
