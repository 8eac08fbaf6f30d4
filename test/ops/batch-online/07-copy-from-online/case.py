with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("n", sa.Integer()),
    ),
) as batch_op:
    batch_op.alter_column("n", type_=sa.String(10), server_default="0")
    batch_op.add_column(sa.Column("note", sa.Text()), insert_before="name")
    batch_op.create_index("ix_account_name", ["name"], unique=True)
