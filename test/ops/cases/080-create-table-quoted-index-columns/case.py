op.create_table(
    "Person",
    sa.Column("Id", sa.Integer(), primary_key=True),
    sa.Column("LastName", sa.String(50)),
    sa.Column("order", sa.Integer()),
    sa.Index("IX_Person_LastName_order", "LastName", "order", unique=True),
    sa.UniqueConstraint("LastName", "order"),
    sa.CheckConstraint('"order" >= 0', name="CK_Person_Order"),
)
