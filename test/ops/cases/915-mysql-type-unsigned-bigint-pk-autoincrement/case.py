op.create_table("counter", sa.Column("id", mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True))
