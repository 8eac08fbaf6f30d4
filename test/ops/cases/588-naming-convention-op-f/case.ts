await op.createUniqueConstraint(op.f("uq_account_email"), "account", ["email"]);
await op.createIndex(op.f("ix_account_name"), "account", ["name"]);
await op.createForeignKey(op.f("fk_address_user_id_user"), "address", "user", ["user_id"], ["id"]);
await op.createCheckConstraint(op.f("ck_account_age"), "account", "age > 0");
