with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("flag", sa.Boolean(create_constraint=True, name="ck_flag")),
        sa.Column("kind", sa.Enum("a", "b", name="kind", native_enum=False, create_constraint=True)),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("z", sa.Integer()))
