op.add_column("t", sa.Column("total", sa.Integer(), sa.Computed("price * qty", persisted=False)))
