op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("x", sa.Integer()),
    sa.Column("old", sa.Integer()),
)
with op.batch_alter_table("t") as batch_op:
    batch_op.add_column(column=sa.Column("y", sa.Integer()))
    batch_op.alter_column(column_name="x", nullable=False)
    batch_op.drop_column(column_name="old")
    batch_op.create_index(index_name=batch_op.f("ix_t_y"), columns=["y"])
    batch_op.create_unique_constraint(constraint_name="uq_t_x", columns=["x"])
    batch_op.create_foreign_key(constraint_name="fk_t_y", referent_table="t", local_cols=["y"], remote_cols=["id"])
    batch_op.create_check_constraint(constraint_name="ck_t_y", condition="y > 0")
    batch_op.drop_constraint(constraint_name="ck_t_y", type_="check")
    batch_op.drop_index(index_name="ix_t_y")
    batch_op.create_table_comment(comment="c")
