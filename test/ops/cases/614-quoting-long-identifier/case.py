op.create_table(
    "a_table_name_that_is_exactly_sixty_three_characters_long_abcdefg",
    sa.Column("id", sa.Integer()),
)
