op.create_table(
    "t",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("status", sa.String(20)),
)
t = sa.table("t", sa.column("id", sa.Integer()), sa.column("status", sa.String()))
with op.batch_alter_table("t") as batch_op:
    batch_op.add_column(sa.Column("flag", sa.Boolean()))
    batch_op.execute("UPDATE t SET flag = true")
    batch_op.execute(sa.text("UPDATE t SET status = 'new' WHERE status IS NULL"))
    batch_op.execute(t.insert().values(id=batch_op.inline_literal(1), status=batch_op.inline_literal("x")))
    batch_op.execute(sqltext="DELETE FROM t WHERE id < 0")
    batch_op.alter_column("flag", nullable=False, existing_type=sa.Boolean())
