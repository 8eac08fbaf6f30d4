await op.addColumn("account", sa.Column("num", sa.Integer(), sa.Sequence("account_num_seq")));
