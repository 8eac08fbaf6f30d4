await op.createCheckConstraint("ck_account_age", "account", "age >= 18");
