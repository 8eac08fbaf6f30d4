await op.createCheckConstraint("ck_name", "t", "name LIKE 'a%'");
