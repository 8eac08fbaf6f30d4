op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True),
    mysql_row_format="DYNAMIC",
    mysql_auto_increment="1000",
    mysql_key_block_size="8",
)
