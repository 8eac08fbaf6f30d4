await op.createCheckConstraint("ck_status", "account", "status IN ('new', 'open')");
