op.create_table(
    "session",
    sa.Column("token", sa.String(64)),
    sa.PrimaryKeyConstraint("token", mysql_using="hash"),
    mysql_engine="MEMORY",
)
