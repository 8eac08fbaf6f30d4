op.create_index("ix_a_name_that_is_longer_than_sixty_three_characters_for_postgresql_xx", "t", ["id"])
