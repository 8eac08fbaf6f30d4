op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(50)),
    sa.Column("code", sa.String(10)),
    sa.Column("x", sa.Integer()),
)
with op.batch_alter_table("t") as batch_op:
    batch_op.create_index(batch_op.f("ix_t_name"), ["name"], unique=False)
    batch_op.create_unique_constraint(batch_op.f("uq_t_code"), ["code"])
    batch_op.create_check_constraint(batch_op.f("ck_t_x_positive"), "x > 0")
