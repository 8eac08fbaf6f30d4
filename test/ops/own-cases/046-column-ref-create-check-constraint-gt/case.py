op.create_check_constraint("ck", "t", sa.column("x") > 5)
op.create_check_constraint("ck_upper", "t", sa.Column("x") > 5)
op.create_check_constraint("ck_typed", "t", sa.column("x", sa.Integer()) > 5)
