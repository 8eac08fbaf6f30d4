await op.createPrimaryKey("pk_account", "account", ["id"]);
