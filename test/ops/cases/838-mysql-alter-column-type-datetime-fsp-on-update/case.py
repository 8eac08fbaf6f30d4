op.alter_column(
    "account",
    "updated_at",
    type_=mysql.DATETIME(fsp=6),
    existing_server_default=sa.text("CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"),
)
