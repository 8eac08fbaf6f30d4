op.create_table(
    "s",
    sa.Column("id", sa.String(36), nullable=False),
    sa.PrimaryKeyConstraint("id"),
)
op.create_table(
    "u",
    sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True),
)
op.create_table(
    "n",
    sa.Column("id", sa.Numeric(10, 2), primary_key=True),
)
op.create_table(
    "f",
    sa.Column("id", sa.Float(), primary_key=True),
)
