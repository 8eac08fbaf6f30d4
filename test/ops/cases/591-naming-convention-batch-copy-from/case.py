meta = sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"})
with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        meta,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(50)),
    ),
    naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"},
) as batch_op:
    batch_op.create_unique_constraint(None, ["email"])
