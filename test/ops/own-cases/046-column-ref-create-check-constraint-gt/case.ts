await op.createCheckConstraint("ck", "t", sa.column("x").gt(5));
await op.createCheckConstraint("ck_upper", "t", sa.Column("x").gt(5));
await op.createCheckConstraint("ck_typed", "t", sa.column("x", sa.Integer()).gt(5));
