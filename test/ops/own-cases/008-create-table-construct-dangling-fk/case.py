m = sa.MetaData()
t = sa.Table("t", m, sa.Column("id", sa.Integer(), primary_key=True), sa.Column("b", sa.Integer(), sa.ForeignKey("u.id")))
op.execute(sa.schema.CreateTable(t))
