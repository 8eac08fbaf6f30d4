with op.batch_alter_table(
    "account",
    copy_from=sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("email", sa.String(100)),
        sa.Column("legacy", sa.Boolean()),
        sa.UniqueConstraint("email", name="uq_account_email"),
        sa.Index("ix_account_name", "name"),
    ),
) as batch_op:
    batch_op.add_column(sa.Column("age", sa.Integer(), server_default="0"))
    batch_op.drop_column("legacy")
    batch_op.alter_column("name", new_column_name="full_name", type_=sa.String(100))
    batch_op.drop_constraint("uq_account_email", type_="unique")
    batch_op.create_unique_constraint("uq_account_email_age", ["email", "age"])
    batch_op.create_check_constraint("ck_account_age", "age >= 0")
    batch_op.drop_index("ix_account_name")
    batch_op.create_index("ix_account_email", ["email"])
