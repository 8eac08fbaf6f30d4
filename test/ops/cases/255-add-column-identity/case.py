op.add_column("account", sa.Column("seq_no", sa.Integer(), sa.Identity()))
