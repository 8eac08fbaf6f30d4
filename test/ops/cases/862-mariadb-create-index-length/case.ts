await op.createIndex("ix_account_name", "account", ["name"], { mariadbLength: 10 });
