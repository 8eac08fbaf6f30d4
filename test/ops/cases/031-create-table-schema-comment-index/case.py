op.create_table(
    "invoice",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("number", sa.String(20), index=True, comment="invoice no"),
    schema="billing",
    comment="invoices",
)
