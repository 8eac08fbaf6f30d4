op.create_table(
    "event",
    sa.Column("id", sa.Integer(), primary_key=True),
    mysql_engine="InnoDB",
    mysql_partition_by="HASH(id)",
    mysql_partitions="4",
)
