with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.Enum("a", "b", name="kind", native_enum=False, create_constraint=True)),
    ),
) as batch_op:
    batch_op.alter_column("kind", new_column_name="sort", existing_type=sa.Enum("a", "b", name="kind", native_enum=False, create_constraint=True))
