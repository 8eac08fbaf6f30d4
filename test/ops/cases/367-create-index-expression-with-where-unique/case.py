op.create_index(
    "ix_user_lower_email",
    "user",
    [sa.text("lower(email)")],
    unique=True,
    postgresql_where=sa.text("deleted_at IS NULL"),
)
