with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(20)),
    ),
) as batch_op:
    batch_op.create_index("ix_t_lower_name", [sa.text("lower(name)")])
    batch_op.create_index("ix_t_name", ["name"], unique=True, postgresql_where=sa.text("name IS NOT NULL"))
