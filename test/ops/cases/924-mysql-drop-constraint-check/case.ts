await op.dropConstraint("ck_account_age", "account", { type_: "check" });
