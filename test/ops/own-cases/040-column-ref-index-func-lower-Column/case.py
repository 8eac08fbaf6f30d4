op.create_index("idx_user_email", "user", [sa.func.lower(sa.Column("email"))], unique=True, postgresql_where=sa.text("state = 'active'"))
