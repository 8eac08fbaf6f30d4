await op.createPrimaryKey("pk", "group", ["user", "order"]);
