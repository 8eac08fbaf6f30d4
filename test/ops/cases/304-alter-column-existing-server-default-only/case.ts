await op.alterColumn("account", "name", { existingServerDefault: "x", nullable: false });
