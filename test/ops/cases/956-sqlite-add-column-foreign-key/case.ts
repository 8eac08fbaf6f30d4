await op.addColumn("post", sa.Column("account_id", sa.Integer(), sa.ForeignKey("account.id")));
