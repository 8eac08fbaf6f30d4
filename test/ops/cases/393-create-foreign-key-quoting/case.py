op.create_foreign_key("FK Order User", "order", "User", ["UserId"], ["Id"], referent_schema="Auth")
