with op.batch_alter_table(
    "account",
    recreate="always",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(100)),
        sa.UniqueConstraint("email", name="uq_account_email", sqlite_on_conflict="IGNORE"),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("name", sa.String(50)))
