await op.createIndex("ux_account_code", "account", ["code"], { unique: true, mysqlUsing: "hash" });
