await op.addColumn("account", sa.Column("seq_no", sa.Integer(), sa.Identity()));
