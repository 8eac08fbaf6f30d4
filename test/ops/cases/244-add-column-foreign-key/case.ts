await op.addColumn("address", sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id")));
