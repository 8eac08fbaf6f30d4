t = sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("mood", sa.Enum("a", "b", name="mood")),
)
with op.batch_alter_table("t", recreate="always", copy_from=t) as batch_op:
    batch_op.add_column(sa.Column("x", sa.Integer()))
with op.batch_alter_table("t", recreate="always", copy_from=t) as batch_op:
    batch_op.add_column(sa.Column("y", sa.Integer()))
