op.add_column("post", sa.Column("account_id", sa.Integer(), sa.ForeignKey("account.id")))
