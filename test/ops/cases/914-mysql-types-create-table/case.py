op.create_table(
    "gadget",
    sa.Column("id", mysql.INTEGER(unsigned=True), primary_key=True),
    sa.Column("name", mysql.VARCHAR(50, charset="utf8mb4"), nullable=False),
    sa.Column("size", mysql.ENUM("s", "m", "l"), server_default="m"),
    sa.Column("flags", mysql.SET("new", "hot")),
    sa.Column("created", mysql.DATETIME(fsp=6), server_default=sa.text("CURRENT_TIMESTAMP(6)")),
    sa.Column("doc", mysql.JSON()),
    mysql_engine="InnoDB",
)
