await op.createIndex(null, "account", ["name"]);
