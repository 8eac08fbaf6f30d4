op.create_table(
    "item",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("sku", sa.String(32), nullable=False),
    sa.PrimaryKeyConstraint("id", name="pk_item"),
)
