op.add_column("a", sa.Column("id", sa.BigInteger(), primary_key=True))
op.add_column("b", sa.Column("id", sa.Integer(), sa.ForeignKey("c.id"), primary_key=True))
op.add_column("d", sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False))
op.add_column("e", sa.Column("id", sa.Integer(), sa.ForeignKey("c.id"), primary_key=True, autoincrement=True))
