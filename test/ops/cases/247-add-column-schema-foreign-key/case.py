op.add_column(
    "invoice",
    sa.Column("account_id", sa.Integer(), sa.ForeignKey("billing.account.id")),
    schema="billing",
)
