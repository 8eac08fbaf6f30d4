await op.createPrimaryKey(null, "account", ["id"]);
