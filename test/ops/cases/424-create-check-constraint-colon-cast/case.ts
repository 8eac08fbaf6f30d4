await op.createCheckConstraint("ck_d", "t", "d::date > '2020-01-01'");
