op.add_column(
    "t",
    sa.Column(
        "updated_at",
        mysql.TIMESTAMP(),
        server_default=sa.text("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"),
        nullable=False,
    ),
)
