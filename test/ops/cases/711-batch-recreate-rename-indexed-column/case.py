with op.batch_alter_table(
    "User",
    recreate="always",
    copy_from=sa.Table(
        "User",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("Email", sa.String(80), comment="mail"),
        sa.Column("order", sa.Integer()),
        sa.Index("ix_user_email", "Email", unique=True),
        sa.Index("ix_user_lower", sa.text("lower(\"Email\")")),
    ),
) as batch_op:
    batch_op.alter_column("Email", new_column_name="email_address")
    batch_op.alter_column("order", type_=sa.BigInteger())
