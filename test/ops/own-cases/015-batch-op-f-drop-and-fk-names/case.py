op.create_table(
    "b",
    sa.Column("id", sa.Integer(), primary_key=True),
)
op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(50), index=True),
)
with op.batch_alter_table("t") as batch_op:
    batch_op.add_column(sa.Column("b_id", sa.Integer()))
    batch_op.create_foreign_key(batch_op.f("fk_t_b_id_b"), "b", ["b_id"], ["id"])
    batch_op.drop_index(batch_op.f("ix_t_name"))
    batch_op.drop_constraint(batch_op.f("fk_t_b_id_b"), type_="foreignkey")
