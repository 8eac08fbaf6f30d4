await op.createCheckConstraint(null, "account", "age >= 18");
