meta = sa.MetaData(naming_convention={
    "pk": "pk_%(table_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
})
with op.batch_alter_table(
    "acct",
    recreate="always",
    copy_from=sa.Table(
        "acct",
        meta,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("org_id", sa.Integer(), sa.ForeignKey("org.id")),
        sa.Column("bal", sa.Integer()),
        sa.CheckConstraint("bal >= 0", name="positive"),
    ),
) as batch_op:
    batch_op.alter_column("bal", new_column_name="balance")
