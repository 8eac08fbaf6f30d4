op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(50)),
    sa.Column("n", sa.Integer()),
)
t = sa.table("t", sa.column("name", sa.String()), sa.column("n", sa.Integer()))
with op.batch_alter_table("t") as batch_op:
    batch_op.execute(t.update().values(name=batch_op.inline_literal("bob's")))
    batch_op.execute(t.update().where(sa.text("id > 10")).values(n=batch_op.inline_literal(7)))
    batch_op.execute(t.update().values(name=batch_op.inline_literal("007", type_=sa.String())))
