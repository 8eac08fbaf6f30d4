op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("x", sa.Integer()),
    sa.Column("y", sa.Integer(), sa.CheckConstraint(sa.column("y") > 0)),
    sa.CheckConstraint(sa.column("x") > 5, name="ck_t_x"),
    sa.CheckConstraint(sa.Column("x") > 1),
)
