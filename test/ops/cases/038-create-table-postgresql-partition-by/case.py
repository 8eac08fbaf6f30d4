op.create_table(
    "measurement",
    sa.Column("id", sa.Integer()),
    sa.Column("logdate", sa.Date(), nullable=False),
    postgresql_partition_by="RANGE (logdate)",
)
