op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True),
    comment="All accounts",
    mysql_engine="MyISAM",
)
