with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer()),
        sa.Column("code", sa.String(5), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_t"),
    ),
) as batch_op:
    batch_op.drop_constraint("pk_t", type_="primary")
    batch_op.create_primary_key("pk_t_code", ["code"])
