await op.createCheckConstraint("ck_account_age", "account", sa.text("age >= 18 AND age < 150"));
