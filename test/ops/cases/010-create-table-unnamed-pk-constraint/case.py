op.create_table(
    "item",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id", "version"),
)
